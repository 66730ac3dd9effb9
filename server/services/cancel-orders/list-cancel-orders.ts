import { and, count, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { cancelOrders, consumers, logisticsInterceptions, orders, shops } from "@/db/schema";
import {
  cancelOrderStatuses,
  cancelReasons,
  consumerCancelReasons,
  type CancelOrigin,
  type CancelOrderStatus,
  type CancelReason,
} from "@/server/domain/cancel-order";
import { isUuid } from "../ids";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { cancelOrderTenantFilter } from "./cancel-order-access";
import { reviewDueOf } from "./availability";

export const listCancelOrdersInput = z.object({
  status: z.enum(cancelOrderStatuses).optional(),
  reason: z.enum(cancelReasons).optional(),
  origin: z.enum(["consumer", "dispute"]).optional(),
  orderNo: z.string().trim().max(64).optional(),
  cursor: cursorInput,
  limit: limitInput,
});
export const adminListCancelOrdersInput = listCancelOrdersInput.extend({ shopId: z.string().max(64).optional() });
export type ListCancelOrdersInput = z.infer<typeof adminListCancelOrdersInput>;

/**
 * Refunded for one cancel order: its own ledger rows, or — when a dispute plan raised or
 * settled it — its dispute's order_refund row (see refundSourceOf).
 */
export const refundedFenSql =
  sql<number>`coalesce((select sum(r.amount_fen) from refunds r where (r.source_type = 'cancel_order' and r.source_id = ${cancelOrders.id}) or (r.source_type = 'dispute' and r.source_id = ${cancelOrders.disputeId} and r.kind = 'order_refund')), 0)`.mapWith(
    Number,
  );

const consumerReasons: CancelReason[] = [...consumerCancelReasons];
/** The consumer asked (their own reason, or one a plan settled keeps in requestReason). */
const askedByConsumer = or(inArray(cancelOrders.reason, consumerReasons), isNotNull(cancelOrders.requestReason));

const columns = {
  id: cancelOrders.id,
  status: cancelOrders.status,
  reason: cancelOrders.reason,
  requestReason: cancelOrders.requestReason,
  note: cancelOrders.note,
  noteMessage: cancelOrders.noteMessage,
  disputeId: cancelOrders.disputeId,
  requestedAt: cancelOrders.requestedAt,
  dueAt: cancelOrders.dueAt,
  reviewDueAt: cancelOrders.reviewDueAt,
  decidedAt: cancelOrders.decidedAt,
  rejectReason: cancelOrders.rejectReason,
  closedAt: cancelOrders.closedAt,
  interceptionStatus: logisticsInterceptions.status,
  refundedFen: refundedFenSql,
  orderId: orders.id,
  orderNo: orders.orderNo,
  orderStatus: orders.status,
  deliveryType: orders.deliveryType,
  amountFen: orders.amountFen,
  shopName: shops.name,
  consumerName: consumers.name,
  timeZone: shops.timeZone,
};

export function originOf(row: { reason: CancelReason; requestReason: CancelReason | null }): CancelOrigin {
  return consumerReasons.includes(row.reason) || row.requestReason !== null ? "consumer" : "dispute";
}

function selectRows(db: DbOrTx) {
  return db
    .select(columns)
    .from(cancelOrders)
    .innerJoin(orders, eq(orders.id, cancelOrders.orderId))
    .innerJoin(shops, eq(shops.id, cancelOrders.shopId))
    .innerJoin(consumers, eq(consumers.id, cancelOrders.consumerId))
    .leftJoin(logisticsInterceptions, eq(logisticsInterceptions.cancelOrderId, cancelOrders.id));
}

export async function cancelOrderRows(db: DbOrTx, where: SQL | undefined) {
  const rows = await selectRows(db).where(where).orderBy(desc(cancelOrders.requestedAt), desc(cancelOrders.id));
  return rows.map((r) => {
    const origin = originOf(r);
    // DSP-CXL-7: the merchant's review deadline of a consumer's request (none on a plan's record).
    return {
      ...r,
      origin,
      reviewDueAt: origin === "consumer" && r.disputeId === null ? reviewDueOf(r) : r.reviewDueAt,
    };
  });
}

/**
 * DSP-CXL-6: the cancel-order module — every cancel order of the audience with its review
 * status and reason, filterable by status, reason (the dispute plans' reasons find the ones
 * they raised), origin and order number. Newest request first, keyset on (requested_at, id).
 */
export async function listCancelOrders(ctx: ServiceContext, input: ListCancelOrdersInput) {
  const { db } = ctx;
  const cursor = decodeCursor(input.cursor);
  const where: (SQL | undefined)[] = [cancelOrderTenantFilter(ctx.tenant)];
  if (input.shopId) where.push(isUuid(input.shopId) ? eq(cancelOrders.shopId, input.shopId) : sql`false`);
  if (input.status) where.push(eq(cancelOrders.status, input.status));
  if (input.reason) where.push(eq(cancelOrders.reason, input.reason));
  if (input.origin === "consumer") where.push(askedByConsumer);
  if (input.origin === "dispute")
    where.push(
      and(
        inArray(cancelOrders.reason, ["dispute_direct_refund", "dispute_interception"]),
        isNull(cancelOrders.requestReason),
      ),
    );
  if (input.orderNo) where.push(eq(orders.orderNo, input.orderNo));
  if (cursor)
    where.push(
      or(
        lt(cancelOrders.requestedAt, cursor.at),
        and(eq(cancelOrders.requestedAt, cursor.at), lt(cancelOrders.id, cursor.id)),
      ),
    );
  const rows = await selectRows(db)
    .where(and(...where))
    .orderBy(desc(cancelOrders.requestedAt), desc(cancelOrders.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => ({ at: row.requestedAt, id: row.id }));
  return { items: page.items.map((r) => ({ ...r, origin: originOf(r) })), nextCursor: page.nextCursor };
}

/** Filter chips: how many of the shop's cancel orders are in each status and reason. */
export async function countCancelOrders(ctx: ServiceContext) {
  const { db } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const rows = await db
    .select({ status: cancelOrders.status, reason: cancelOrders.reason, n: count() })
    .from(cancelOrders)
    .where(eq(cancelOrders.shopId, shopId))
    .groupBy(cancelOrders.status, cancelOrders.reason);
  const byStatus = Object.fromEntries(cancelOrderStatuses.map((s) => [s, 0])) as Record<CancelOrderStatus, number>;
  const byReason = Object.fromEntries(cancelReasons.map((r) => [r, 0])) as Record<CancelReason, number>;
  for (const r of rows) {
    byStatus[r.status] += r.n;
    byReason[r.reason] += r.n;
  }
  return { byStatus, byReason };
}
