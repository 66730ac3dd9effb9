import { actingOf } from "../acting";
import { notifyServiceOrderProcessed } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import type { CompleteRepairInput } from "./complete-repair-input";
import { serviceOrderStale } from "./service-order-errors";
import { moveServiceOrder } from "./service-order-writes";

/** AS-3: a send-in repair is done and shipped back (原返) with tracking; late is allowed (row was overdue). */
export async function completeRepair(ctx: ServiceContext, input: CompleteRepairInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "merchant", input.serviceOrderId, async (tx, row) => {
    if (row.status !== "repairing") throw serviceOrderStale(row.status, "complete_repair");
    const moved = await moveServiceOrder(tx, row, {
      event: "complete_repair",
      by,
      action: "repair_completed",
      now,
      changes: {
        processedResult: "return_original",
        processedAt: now,
        processedBy: by.userId ?? "merchant",
        resultCarrier: input.carrier,
        resultTrackingNo: input.trackingNo,
        completedAt: now,
      },
      payload: { carrier: input.carrier, trackingNo: input.trackingNo },
    });
    const repaired = { result: "return_original", amountFen: 0, basis: "merchant" as const };
    await notifyServiceOrderProcessed(tx, moved.row, repaired, now);
    return { id: row.id, status: moved.row.status };
  });
}
