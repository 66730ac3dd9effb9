import { actingOf } from "../acting";
import { notifyServiceOrderCompleted } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import type { ConfirmCompletionInput } from "./confirm-completion-input";
import { serviceOrderStale } from "./service-order-errors";
import { assertBeforeTimeout, moveServiceOrder } from "./service-order-writes";

/** The consumer confirms the on-site work was done (before the 72h check ends; silence confirms). */
export async function confirmCompletion(ctx: ServiceContext, input: ConfirmCompletionInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "consumer", input.serviceOrderId, async (tx, row) => {
    if (row.status !== "completion_check") throw serviceOrderStale(row.status, "confirm_completion");
    assertBeforeTimeout(row, now);
    const moved = await moveServiceOrder(tx, row, {
      event: "confirm_completion",
      by,
      action: "completion_confirmed",
      now,
      changes: { completedAt: now },
    });
    await notifyServiceOrderCompleted(tx, moved.row, "consumer", now);
    return { id: row.id, status: moved.row.status };
  });
}
