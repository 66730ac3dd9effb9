import { and, desc, eq, gte, like, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { consumers, orders, shops } from "@/db/schema";
import { orderStatuses } from "@/server/domain/order";
import { DAY_MS, startOfDayInZone } from "@/server/domain/time";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import { orderScopeFilter, type OrderScope } from "./scope";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const listOrdersInput = z.object({
  status: z.enum(orderStatuses).optional(),
  /** Paid on or after this day / up to and including this day, in the shop's time zone. */
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
  paidAt: Date;
  consumerName: string;
  shopName: string;
  timeZone: string;
  itemSummary: string;
}

/** Keyset-paginated orders within a scope, newest payment first. */
export async function listOrders(args: { db: DbOrTx; scope: OrderScope; input: ListOrdersInput; timeZone: string }) {
  const { db, scope, input, timeZone } = args;
  const cursor = decodeCursor(input.cursor);
  const where: (SQL | undefined)[] = [orderScopeFilter(scope)];
  if (input.status) where.push(eq(orders.status, input.status));
  if (input.from) where.push(gte(orders.paidAt, startOfDayInZone(input.from, timeZone)));
  if (input.to) where.push(lt(orders.paidAt, new Date(startOfDayInZone(input.to, timeZone).getTime() + DAY_MS)));
  if (input.orderNo) where.push(like(orders.orderNo, `${escapeLike(input.orderNo)}%`));
  if (cursor) {
    where.push(or(lt(orders.paidAt, cursor.at), and(eq(orders.paidAt, cursor.at), lt(orders.id, cursor.id))));
  }
  const rows = await db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      status: orders.status,
      deliveryType: orders.deliveryType,
      worryFree: orders.worryFree,
      amountFen: orders.amountFen,
      paidAt: orders.paidAt,
      consumerName: consumers.name,
      shopName: shops.name,
      timeZone: shops.timeZone,
      itemSummary: sql<string>`coalesce((select string_agg(oi.name, '、' order by oi.name) from order_items oi where oi.order_id = ${orders.id}), '')`,
    })
    .from(orders)
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(and(...where))
    .orderBy(desc(orders.paidAt), desc(orders.id))
    .limit(input.limit + 1);
  return pageOf<OrderRow>(rows, input.limit, (row) => ({ at: row.paidAt, id: row.id }));
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
