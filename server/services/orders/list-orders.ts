import { and, desc, eq, gte, like, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { consumers, orders, shops } from "@/db/schema";
import type { ServiceOrderStatus } from "@/server/domain/after-sales";
import { orderStatuses } from "@/server/domain/order";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { DAY_MS, startOfDayInZone } from "@/server/domain/time";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import type { ServiceContext } from "../service-context";
import { getShop } from "../shops/list-shops";
import { orderTenantFilter } from "./scope";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const listOrdersInput = z.object({
  status: z.enum(orderStatuses).optional(),
  /** Placed on or after this day / up to and including this day, in the shop's time zone. */
  from: day.optional(),
  to: day.optional(),
  /** Order number or its beginning. */
  orderNo: z.string().trim().max(40).optional(),
  cursor: cursorInput,
  limit: limitInput,
});
export type ListOrdersInput = z.infer<typeof listOrdersInput>;

export interface OrderRow {
  id: string;
  orderNo: string;
  status: (typeof orderStatuses)[number];
  deliveryType: "platform" | "third_party";
  worryFree: boolean;
  amountFen: number;
  placedAt: Date;
  /** Null while awaiting payment and for an order closed unpaid. */
  paidAt: Date | null;
  consumerName: string;
  shopName: string;
  timeZone: string;
  itemSummary: string;
  /**
   * The order's service order to show on its row (售后中 / 售后完成): its newest live one, else its
   * newest; null without any.
   */
  serviceOrder: { id: string; status: ServiceOrderStatus } | null;
}

/** Newest live service order of the row's order first (read in the same query: no N+1). */
const latestServiceOrder = (column: "id" | "status") =>
  sql`(select ${sql.raw(`so.${column}`)} from service_orders so where so.order_id = ${orders.id}
    order by (so.status in ('completed', 'closed')), so.applied_at desc, so.id desc limit 1)`;

/**
 * Keyset-paginated orders of the caller's tenant (an admin names the shop), newest placed
 * first. Days are the shop's (a consumer's: the default zone).
 */
export async function listOrders(ctx: ServiceContext, input: ListOrdersInput & { shopId?: string }) {
  const { db } = ctx;
  const timeZone = await timeZoneOf(ctx, input.shopId);
  const cursor = decodeCursor(input.cursor);
  const where: (SQL | undefined)[] = [orderTenantFilter(ctx.tenant, input.shopId)];
  if (input.status) where.push(eq(orders.status, input.status));
  if (input.from) where.push(gte(orders.placedAt, startOfDayInZone(input.from, timeZone)));
  if (input.to) where.push(lt(orders.placedAt, new Date(startOfDayInZone(input.to, timeZone).getTime() + DAY_MS)));
  if (input.orderNo) where.push(like(orders.orderNo, `${escapeLike(input.orderNo)}%`));
  if (cursor) {
    where.push(or(lt(orders.placedAt, cursor.at), and(eq(orders.placedAt, cursor.at), lt(orders.id, cursor.id))));
  }
  const rows = await db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      status: orders.status,
      deliveryType: orders.deliveryType,
      worryFree: orders.worryFree,
      amountFen: orders.amountFen,
      placedAt: orders.placedAt,
      paidAt: orders.paidAt,
      consumerName: consumers.name,
      shopName: shops.name,
      timeZone: shops.timeZone,
      itemSummary: sql<string>`coalesce((select string_agg(oi.name, '、' order by oi.name) from order_items oi where oi.order_id = ${orders.id}), '')`,
      serviceOrderId: latestServiceOrder("id").mapWith(String),
      serviceOrderStatus: latestServiceOrder("status").mapWith((v: ServiceOrderStatus) => v),
    })
    .from(orders)
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(and(...where))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(input.limit + 1);
  const items = rows.map(({ serviceOrderId, serviceOrderStatus, ...row }) => ({
    ...row,
    serviceOrder: serviceOrderId && serviceOrderStatus ? { id: serviceOrderId, status: serviceOrderStatus } : null,
  }));
  return pageOf<OrderRow>(items, input.limit, (row) => ({ at: row.placedAt, id: row.id }));
}

async function timeZoneOf(ctx: ServiceContext, shopId: string | undefined): Promise<string> {
  if (shopId !== undefined) return (await getShop(ctx, { shopId })).timeZone;
  if (ctx.tenant.kind !== "merchant") return DEFAULT_TIME_ZONE;
  return ctx.actor?.merchant?.timeZone ?? (await getShop(ctx, { shopId: ctx.tenant.shopId })).timeZone;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
