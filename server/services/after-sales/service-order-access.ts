import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { orders, serviceOrders, shops } from "@/db/schema";
import type { BusinessMode } from "@/server/domain/shop";
import { isUuid } from "../ids";
import { tenantFilter, type Tenant } from "../tenant";
import { orderNotFound, serviceOrderNotFound } from "./service-order-errors";

export type ServiceOrderRow = typeof serviceOrders.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;

/** SHOP-3: a consumer sees their own service orders, a merchant its shop's, platform staff all. */
export function serviceOrderTenantFilter(tenant: Tenant): SQL | undefined {
  return tenantFilter(tenant, { shop: serviceOrders.shopId, consumer: serviceOrders.consumerId });
}

/** An order through the same tenant rule (the apply page, the order page's service orders). */
export function orderTenantFilter(tenant: Tenant): SQL | undefined {
  return tenantFilter(tenant, { shop: orders.shopId, consumer: orders.consumerId });
}

/** Fetch-or-throw through the tenant; another shop's or consumer's id → NOT_FOUND. No lock. */
export async function loadServiceOrder(db: DbOrTx, tenant: Tenant, id: string): Promise<ServiceOrderRow> {
  if (!isUuid(id)) throw serviceOrderNotFound();
  const [row] = await db
    .select()
    .from(serviceOrders)
    .where(and(eq(serviceOrders.id, id), serviceOrderTenantFilter(tenant)))
    .limit(1);
  if (!row) throw serviceOrderNotFound();
  return row;
}

/** An order through the tenant, or NOT_FOUND. */
export async function loadOrder(db: DbOrTx, tenant: Tenant, orderId: string): Promise<OrderRow> {
  if (!isUuid(orderId)) throw orderNotFound();
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), orderTenantFilter(tenant)))
    .limit(1);
  if (!row) throw orderNotFound();
  return row;
}

/**
 * The one lock order of this area: every writer of a service order first locks its order row
 * (as the refund ledger and the cancel-order area do), then the service order. So a consumer's
 * withdrawal and a merchant's processing serialise, and two sweepers never act on one order
 * together. Reads after the lock see the latest commits.
 */
export async function lockOrderRow(tx: Tx, orderId: string, scope?: SQL): Promise<OrderRow> {
  if (!isUuid(orderId)) throw orderNotFound();
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), scope))
    .for("update");
  if (!order) throw orderNotFound();
  return order;
}

/**
 * Load through the tenant (NOT_FOUND otherwise), lock the order then the service order, and
 * return the locked, current row: the state every writer decides from.
 */
export async function lockServiceOrder(
  tx: Tx,
  tenant: Tenant,
  id: string,
): Promise<{ row: ServiceOrderRow; order: OrderRow }> {
  const seen = await loadServiceOrder(tx, tenant, id);
  const order = await lockOrderRow(tx, seen.orderId);
  const [row] = await tx.select().from(serviceOrders).where(eq(serviceOrders.id, id)).for("update");
  if (!row) throw serviceOrderNotFound();
  return { row, order };
}

/** The same lock for system work holding a row already (sweeper, logistics signature): no tenant. */
export async function relockServiceOrder(tx: Tx, id: string): Promise<{ row: ServiceOrderRow; order: OrderRow }> {
  return lockServiceOrder(tx, { kind: "admin" }, id);
}

/** SHOP-1: the shop's business mode (FBP: the platform's warehouse receives returns). */
export async function businessModeOf(db: DbOrTx, shopId: string): Promise<BusinessMode> {
  const [shop] = await db.select({ mode: shops.businessMode }).from(shops).where(eq(shops.id, shopId));
  return shop?.mode ?? "SOP";
}
