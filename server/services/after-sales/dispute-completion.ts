import { actingOf } from "../acting";
import { notifyServiceOrderCompletionDisputed } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import type { DisputeCompletionInput } from "./confirm-completion-input";
import { serviceOrderStale } from "./service-order-errors";
import { assertBeforeTimeout, moveServiceOrder } from "./service-order-writes";

/**
 * The consumer says the on-site work was not done: back to the merchant with the AS-3 clock
 * still counting from the approval; from then on either party may ask the platform (AS-8).
 */
export async function disputeCompletion(ctx: ServiceContext, input: DisputeCompletionInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "consumer", input.serviceOrderId, async (tx, row) => {
    if (row.status !== "completion_check") throw serviceOrderStale(row.status, "dispute_completion");
    assertBeforeTimeout(row, now);
    const moved = await moveServiceOrder(tx, row, {
      event: "dispute_completion",
      by,
      action: "completion_disputed",
      now,
      deadline: { kind: "fresh", startAt: row.approvedAt ?? row.appliedAt },
      changes: { completionDisputedAt: now },
      payload: { reason: input.reason },
    });
    await notifyServiceOrderCompletionDisputed(tx, moved.row, now);
    return { id: row.id, status: moved.row.status, dueAt: moved.row.dueAt };
  });
}
