import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { consumers, orderItems, orders, refunds, shops } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { isUuid } from "../ids";
import { orderScopeFilter, type OrderScope } from "./scope";

const orderNotFound = () => notFound({ "zh-CN": "订单不存在", en: "Order not found" });

/** One order with its items and refunds, loaded through the caller's scope or NOT_FOUND. */
export async function getOrder(args: { db: DbOrTx; scope: OrderScope; orderId: string }) {
  const { db, scope, orderId } = args;
  if (!isUuid(orderId)) throw orderNotFound();
  const [order] = await db
    .select({
      order: orders,
      consumer: { id: consumers.id, name: consumers.name, phone: consumers.phone },
      shop: { id: shops.id, name: shops.name, businessMode: shops.businessMode, marketplaceStyle: shops.marketplaceStyle, timeZone: shops.timeZone },
    })
    .from(orders)
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(and(eq(orders.id, orderId), orderScopeFilter(scope)))
    .limit(1);
  if (!order) throw orderNotFound();
  const [items, orderRefunds] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.name)),
    db.select().from(refunds).where(eq(refunds.orderId, orderId)).orderBy(asc(refunds.createdAt)),
  ]);
  return {
    ...order.order,
    consumer: order.consumer,
    shop: order.shop,
    items,
    refunds: orderRefunds.map(({ id, kind, amountFen, reason, createdAt }) => ({ id, kind, amountFen, reason, createdAt })),
  };
}
export type OrderDetail = Awaited<ReturnType<typeof getOrder>>;
