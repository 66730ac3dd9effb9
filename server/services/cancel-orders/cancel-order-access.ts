import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { cancelOrders, orders, refunds } from "@/db/schema";
import { liveCancelOrderStatuses, type CancelOrderStatus } from "@/server/domain/cancel-order";
import { DomainError, notFound, staleState, type LocalizedText } from "@/server/domain/errors";
import { cancelOrderMachine, type CancelOrderEvent } from "@/server/domain/machines/cancel-order";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import { tenantFilter, type Tenant } from "../tenant";

export type CancelOrderRow = typeof cancelOrders.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
type CancelOrderChanges = Partial<
  Omit<typeof cancelOrders.$inferInsert, "id" | "status" | "shopId" | "orderId" | "consumerId">
>;

export const cancelOrderNotFound = () => notFound({ "zh-CN": "取消订单不存在", en: "Cancel order not found" });
export const orderNotFound = () => notFound({ "zh-CN": "订单不存在", en: "Order not found" });
export const conflict = (code: string, text: LocalizedText, details?: Record<string, unknown>) =>
  new DomainError("CONFLICT", code, text, details);

/** SHOP-3: a consumer sees their own cancel orders, a merchant its shop's, an admin all. */
export function cancelOrderTenantFilter(tenant: Tenant): SQL | undefined {
  return tenantFilter(tenant, { shop: cancelOrders.shopId, consumer: cancelOrders.consumerId });
}

/** Fetch-or-throw through the tenant (no lock: writers lock the order next). */
export async function loadCancelOrder(db: DbOrTx, tenant: Tenant, id: string): Promise<CancelOrderRow> {
  if (!isUuid(id)) throw cancelOrderNotFound();
  const [row] = await db
    .select()
    .from(cancelOrders)
    .where(and(eq(cancelOrders.id, id), cancelOrderTenantFilter(tenant)))
    .limit(1);
  if (!row) throw cancelOrderNotFound();
  return row;
}

/**
 * The one lock order of this area: every writer of an order's cancel orders (consumer
 * request, merchant review, dispute plan, window sweep, logistics report) first locks the
 * order row. So a consumer's request and a merchant's plan serialise (DSP-CXL-5) and two
 * sweepers never act on one order together. Reads after this lock see the latest commits.
 */
export async function lockOrder(tx: Tx, orderId: string, scope?: SQL): Promise<OrderRow> {
  if (!isUuid(orderId)) throw orderNotFound();
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), scope))
    .for("update");
  if (!order) throw orderNotFound();
  return order;
}

/** Re-read after the order lock: the status every writer decides from. */
export async function reloadCancelOrder(tx: Tx, id: string): Promise<CancelOrderRow> {
  const [row] = await tx.select().from(cancelOrders).where(eq(cancelOrders.id, id));
  if (!row) throw cancelOrderNotFound();
  return row;
}

/** The order's cancel order in motion (at most one: partial unique index). */
export async function liveCancelOrderOf(db: DbOrTx, orderId: string): Promise<CancelOrderRow | null> {
  const [row] = await db
    .select()
    .from(cancelOrders)
    .where(and(eq(cancelOrders.orderId, orderId), inArray(cancelOrders.status, [...liveCancelOrderStatuses])))
    .limit(1);
  return row ?? null;
}

export async function latestCancelOrderOf(db: DbOrTx, orderId: string): Promise<CancelOrderRow | null> {
  const [row] = await db
    .select()
    .from(cancelOrders)
    .where(eq(cancelOrders.orderId, orderId))
    .orderBy(desc(cancelOrders.requestedAt), desc(cancelOrders.id))
    .limit(1);
  return row ?? null;
}

/** What has been refunded of the order's goods (compensation is paid on top, not counted). */
export async function refundedFenOf(db: DbOrTx, orderId: string): Promise<number> {
  const [paid] = await db
    .select({ total: sql<number>`coalesce(sum(${refunds.amountFen}), 0)`.mapWith(Number) })
    .from(refunds)
    .where(sql`${refunds.orderId} = ${orderId} and ${refunds.kind} <> 'compensation'`);
  return paid?.total ?? 0;
}

/**
 * The only way a cancel order changes status: the transition table picks the target and the
 * write is compare-and-set on the status the caller saw. Someone acting first → CONFLICT.
 */
export async function transitionCancelOrder(
  db: DbOrTx,
  row: Pick<CancelOrderRow, "id" | "status">,
  event: CancelOrderEvent,
  changes: CancelOrderChanges = {},
): Promise<{ row: CancelOrderRow; from: CancelOrderStatus; to: CancelOrderStatus }> {
  const to = cancelOrderMachine.next(row.status, event);
  const [updated] = await db
    .update(cancelOrders)
    .set({ ...changes, status: to })
    .where(and(eq(cancelOrders.id, row.id), eq(cancelOrders.status, row.status)))
    .returning();
  if (!updated) throw staleState();
  return { row: updated, from: row.status, to };
}

/** SHOP-4: one audit event on a cancel order. */
export async function auditCancel(
  tx: DbOrTx,
  row: Pick<CancelOrderRow, "id" | "shopId">,
  e: {
    by: Acting;
    action: string;
    from?: string | null;
    to?: string | null;
    payload?: Record<string, unknown>;
    now: Date;
  },
): Promise<void> {
  await emitAudit(tx, {
    shopId: row.shopId,
    recordType: "cancel_order",
    recordId: row.id,
    by: e.by,
    action: e.action,
    from: e.from,
    to: e.to,
    payload: e.payload,
    at: e.now,
  });
}

export const cancelOrderRowsFilter = (id: string) => eq(cancelOrders.id, id);
