import { and, asc, eq, sql } from "drizzle-orm";
import { consumers, orders, serviceOrders, shops } from "@/db/schema";
import { decodeCursor, pageOf } from "../pagination";
import { adminOf, type ServiceContext } from "../service-context";
import type { ListFbpReceiptsInput } from "./list-fbp-receipts-input";

/**
 * SHOP-1: FBP shops' returns go to the platform's warehouse, so the platform records their
 * receipt (afterSales.admin.recordReceipt → receiveReturn with recorder "platform"); review and
 * result stay the merchant's. Every FBP service order in 待收货, the longest on its way first
 * (keyset on shipped_at, id). Platform staff only.
 */
export async function listFbpReceipts(ctx: ServiceContext, input: ListFbpReceiptsInput) {
  adminOf(ctx);
  const cursor = decodeCursor(input.cursor);
  const shipped = sql`coalesce(${serviceOrders.shippedAt}, ${serviceOrders.appliedAt})`;
  const rows = await ctx.db
    .select({
      id: serviceOrders.id,
      serviceNo: serviceOrders.serviceNo,
      type: serviceOrders.type,
      repairMode: serviceOrders.repairMode,
      carrier: serviceOrders.returnCarrier,
      trackingNo: serviceOrders.returnTrackingNo,
      shippedAt: serviceOrders.shippedAt,
      appliedAt: serviceOrders.appliedAt,
      flashRefundedAt: serviceOrders.flashRefundedAt,
      shopId: shops.id,
      shopName: shops.name,
      timeZone: shops.timeZone,
      orderNo: orders.orderNo,
      consumerName: consumers.name,
    })
    .from(serviceOrders)
    .innerJoin(shops, eq(shops.id, serviceOrders.shopId))
    .innerJoin(orders, eq(orders.id, serviceOrders.orderId))
    .innerJoin(consumers, eq(consumers.id, serviceOrders.consumerId))
    .where(
      and(
        eq(serviceOrders.status, "awaiting_receipt"),
        eq(shops.businessMode, "FBP"),
        cursor
          ? sql`(${shipped}, ${serviceOrders.id}) > (${cursor.at.toISOString()}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(shipped), asc(serviceOrders.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit, (r) => ({ at: r.shippedAt ?? r.appliedAt, id: r.id }));
}
export type FbpReceiptRow = Awaited<ReturnType<typeof listFbpReceipts>>["items"][number];
