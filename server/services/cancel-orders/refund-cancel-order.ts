import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orders, refunds } from "@/db/schema";
import type { RefundCause, RefundSourceType } from "@/server/domain/refund";
import { systemText, type SystemText } from "@/server/domain/system-text";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { recordRefund } from "../ledger/record-refund";
import { notify } from "../notifications/notify";
import { auditCancel, refundedFenOf, type CancelOrderRow } from "./cancel-order-access";

/**
 * Ledger keys (the refunds table is unique on (source_type, source_id, kind)):
 * - a cancel order raised or settled by a dispute plan refunds under (dispute, <dispute id>,
 *   order_refund): one refund per dispute and kind, whatever retries, double clicks or
 *   concurrent sweeps do (DSP-CXL-2/4/5). A platform judgment of the same dispute pays under
 *   (dispute, <id>, dispute_refund) — a different kind, still capped by the order amount.
 * - a consumer's own request approved by the merchant refunds under (cancel_order, <cancel
 *   order id>, order_refund).
 * recordRefund caps every refund of the goods at what is still refundable on the order.
 */
export function refundSourceOf(row: Pick<CancelOrderRow, "id" | "disputeId">): {
  sourceType: RefundSourceType;
  sourceId: string;
} {
  return row.disputeId
    ? { sourceType: "dispute", sourceId: row.disputeId }
    : { sourceType: "cancel_order", sourceId: row.id };
}

/** The ledger rows that belong to one cancel order (for "refunded" on lists and details). */
export function refundsOfCancelOrderFilter(row: Pick<CancelOrderRow, "id" | "disputeId">): SQL {
  const own = and(eq(refunds.sourceType, "cancel_order"), eq(refunds.sourceId, row.id));
  const viaDispute = row.disputeId
    ? and(eq(refunds.sourceType, "dispute"), eq(refunds.sourceId, row.disputeId), eq(refunds.kind, "order_refund"))
    : undefined;
  return or(own, viaDispute) ?? sql`false`;
}

/**
 * Pays the consumer back in full for a cancel order that just reached refund_succeeded, in
 * the caller's transaction (the order row is already locked). Returns what this call paid.
 * `cause` is what made the refund (written on the ledger row); `why` its words, as a code.
 */
export async function refundCancelOrder(
  tx: Tx,
  row: CancelOrderRow,
  args: { by: Acting; now: Date; cause: RefundCause; why: SystemText },
): Promise<number> {
  const { by, now, cause, why } = args;
  const [order] = await tx.select({ amountFen: orders.amountFen }).from(orders).where(eq(orders.id, row.orderId));
  const source = refundSourceOf(row);
  const refund = await recordRefund(tx, {
    shopId: row.shopId,
    orderId: row.orderId,
    ...source,
    kind: "order_refund",
    cause,
    amountFen: order?.amountFen ?? 0,
    reason: why,
    now,
  });
  if (refund.created) {
    await auditCancel(tx, row, {
      by,
      action: "cancel_order.refund_made",
      payload: { amountFen: refund.amountFen, ...source, cause, message: why },
      now,
    });
    if (row.disputeId) {
      await emitAudit(tx, {
        shopId: row.shopId,
        recordType: "dispute",
        recordId: row.disputeId,
        by,
        action: "dispute.refund_made",
        payload: { kind: "order_refund", amountFen: refund.amountFen, cancelOrderId: row.id },
        at: now,
      });
    }
    await notify(tx, {
      to: { consumerId: row.consumerId },
      kind: "cancel_order.refunded",
      params: { amountFen: refund.amountFen },
      record: { type: "cancel_order", id: row.id },
      now,
    });
  }
  await cancelOrderIfRefunded(tx, row.orderId, { by, now });
  return refund.amountFen;
}

/** An order refunded in full is cancelled (SHOP-2), once. */
export async function cancelOrderIfRefunded(
  tx: Tx,
  orderId: string,
  args: { by: Acting; now: Date },
): Promise<boolean> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
  if (!order || order.status === "cancelled") return false;
  if ((await refundedFenOf(tx, orderId)) < order.amountFen) return false;
  const [updated] = await tx
    .update(orders)
    .set({ status: "cancelled", cancelledAt: args.now })
    .where(and(eq(orders.id, orderId), ne(orders.status, "cancelled")))
    .returning({ id: orders.id });
  if (!updated) return false;
  await emitAudit(tx, {
    shopId: order.shopId,
    recordType: "order",
    recordId: order.id,
    by: args.by,
    action: "order.cancelled",
    from: order.status,
    to: "cancelled",
    payload: { message: systemText("refundedInFull") },
    at: args.now,
  });
  return true;
}
