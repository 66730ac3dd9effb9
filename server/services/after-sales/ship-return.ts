import { eq } from "drizzle-orm";
import { serviceOrders } from "@/db/schema";
import { flashRefundApplies } from "@/server/domain/service-order-results";
import { actingOf } from "../acting";
import { notifyServiceOrderProcessed } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import { serviceOrderStale } from "./service-order-errors";
import { refundBaseOf, refundServiceOrder } from "./service-order-money";
import type { ShipReturnInput } from "./ship-return-input";
import { assertBeforeTimeout, auditServiceOrder, moveServiceOrder } from "./service-order-writes";

/**
 * The consumer ships the goods back with carrier and tracking number, within the return window
 * after approval. SVC-2 闪电退款 (switched on when they applied, for a 七天无理由 return): the
 * goods are refunded now through the ledger (cause flash_refund, exactly once), and the policy's
 * watch on the parcel starts (a return that never arrives is flagged to the merchant).
 */
export async function shipReturn(ctx: ServiceContext, input: ShipReturnInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "consumer", input.serviceOrderId, async (tx, row, order) => {
    if (row.status !== "awaiting_return") throw serviceOrderStale(row.status, "ship_return");
    assertBeforeTimeout(row, now);
    const flash = flashRefundApplies(row.services, row);
    const moved = await moveServiceOrder(tx, row, {
      event: "ship_return",
      by,
      action: "return_shipped",
      now,
      changes: {
        returnCarrier: input.carrier,
        returnTrackingNo: input.trackingNo,
        shippedAt: now,
        ...(flash ? { flashRefundedAt: now } : {}),
      },
      payload: { carrier: input.carrier, trackingNo: input.trackingNo },
    });
    if (!flash) return { id: row.id, status: moved.row.status, refundedFen: 0 };
    const { baseFen } = await refundBaseOf(tx, row, order);
    const paid = await refundServiceOrder(tx, moved.row, { amountFen: baseFen, cause: "flash_refund", now });
    await tx.update(serviceOrders).set({ refundFen: paid.amountFen }).where(eq(serviceOrders.id, row.id));
    await auditServiceOrder(tx, row, { by, action: "flash_refunded", payload: { refundedFen: paid.amountFen }, now });
    const refunded = { result: "refund", amountFen: paid.amountFen, basis: "flash_refund" as const };
    await notifyServiceOrderProcessed(tx, moved.row, refunded, now);
    return { id: row.id, status: moved.row.status, refundedFen: paid.amountFen };
  });
}
