import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { orderItems, serviceOrderItems, serviceOrders, shopServices } from "@/db/schema";
import { noShopServices, type ShopServices } from "@/server/domain/after-sales";
import type { AfterSalesItemFacts } from "@/server/domain/after-sales-options";

export type OrderItemRow = typeof orderItems.$inferSelect;

/**
 * AS-1/AS-7 facts of an order's items: units already refunded by a completed return (they
 * cannot be applied for again) and whether a live service order names the item.
 */
export async function itemFactsOf(
  db: DbOrTx,
  orderId: string,
): Promise<{ items: OrderItemRow[]; facts: AfterSalesItemFacts[] }> {
  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(orderItems.id);
  if (items.length === 0) return { items, facts: [] };
  const ids = items.map((i) => i.id);
  const usage = await db
    .select({
      orderItemId: serviceOrderItems.orderItemId,
      live: sql<boolean>`bool_or(${serviceOrderItems.live})`,
      returned:
        sql<number>`coalesce(sum(${serviceOrderItems.quantity}) filter (where ${serviceOrders.status} = 'completed' and ${serviceOrders.processedResult} = 'refund'), 0)`.mapWith(
          Number,
        ),
    })
    .from(serviceOrderItems)
    .innerJoin(serviceOrders, eq(serviceOrders.id, serviceOrderItems.serviceOrderId))
    .where(inArray(serviceOrderItems.orderItemId, ids))
    .groupBy(serviceOrderItems.orderItemId);
  const byItem = new Map(usage.map((u) => [u.orderItemId, u]));
  const facts = items.map((i) => ({
    id: i.id,
    quantity: i.quantity,
    warrantyDays: i.warrantyDays,
    returnedQuantity: byItem.get(i.id)?.returned ?? 0,
    hasLiveServiceOrder: byItem.get(i.id)?.live === true,
  }));
  return { items, facts };
}

/** SVC-1..3 as the shop has them switched now (no row: all off). */
export async function shopServicesOf(db: DbOrTx, shopId: string): Promise<ShopServices> {
  const [row] = await db
    .select()
    .from(shopServices)
    .where(and(eq(shopServices.shopId, shopId)));
  if (!row) return { ...noShopServices };
  return { fastReview: row.fastReview, flashRefund: row.flashRefund, shippingInsurance: row.shippingInsurance };
}
