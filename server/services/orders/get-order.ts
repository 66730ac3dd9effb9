import { and, asc, eq } from "drizzle-orm";
import { consumers, orderItems, orders, refunds, serviceOrders, shops } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { getTimeline } from "../audit/timeline";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";
import { orderTenantFilter } from "./scope";

const orderNotFound = () => notFound({ "zh-CN": "订单不存在", en: "Order not found" });

/**
 * One order with its items and refunds, loaded through the caller's tenant (and the named shop) or
 * NOT_FOUND; with its service orders and their timeline events (the order's timeline shows them).
 */
export async function getOrder(ctx: ServiceContext, input: { orderId: string; shopId?: string }) {
  const { db } = ctx;
  const { orderId } = input;
  if (!isUuid(orderId)) throw orderNotFound();
  const [order] = await db
    .select({
      order: orders,
      consumer: { id: consumers.id, name: consumers.name, phone: consumers.phone },
      shop: {
        id: shops.id,
        name: shops.name,
        businessMode: shops.businessMode,
        marketplaceStyle: shops.marketplaceStyle,
        timeZone: shops.timeZone,
      },
    })
    .from(orders)
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(and(eq(orders.id, orderId), orderTenantFilter(ctx.tenant, input.shopId)))
    .limit(1);
  if (!order) throw orderNotFound();
  const [items, orderRefunds, services] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.name)),
    db.select().from(refunds).where(eq(refunds.orderId, orderId)).orderBy(asc(refunds.createdAt)),
    db
      .select({ id: serviceOrders.id, serviceNo: serviceOrders.serviceNo, status: serviceOrders.status })
      .from(serviceOrders)
      .where(eq(serviceOrders.orderId, orderId))
      .orderBy(asc(serviceOrders.appliedAt), asc(serviceOrders.id)),
  ]);
  // The service orders are the order's: whoever may see the order sees their (non-internal) events.
  const serviceTimeline = await getTimeline({
    db,
    records: services.map((s) => ({ type: "service_order" as const, id: s.id })),
    viewer: ctx.tenant.kind === "admin" ? "admin" : "party",
  });
  return {
    ...order.order,
    consumer: order.consumer,
    shop: order.shop,
    items,
    refunds: orderRefunds.map(({ id, kind, cause, amountFen, reason, reasonMessage, createdAt }) => ({
      id,
      kind,
      cause,
      amountFen,
      reason,
      reasonMessage,
      createdAt,
    })),
    serviceOrders: services.map((s) => ({ ...s, timeline: serviceTimeline.filter((e) => e.recordId === s.id) })),
  };
}
export type OrderDetail = Awaited<ReturnType<typeof getOrder>>;
