import { and, desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { z } from "zod";
import { orders, serviceOrders, shops } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { SYSTEM } from "../acting";
import { receiveReturn } from "../after-sales/record-receipt";
import type { ServiceContext } from "../service-context";
import type { listReturnParcelsInput, ReportReturnSignedInput } from "./report-return-signed-input";

const noReturnParcel = () =>
  notFound({
    "zh-CN": "没有使用该运单号寄回的售后商品",
    en: "No after-sales return was shipped with this tracking number",
  });

/**
 * AS-4: the logistics adapter reports a return parcel signed for (in the demo an admin reports
 * it on the logistics page; a carrier's webhook would call this too). A signed return counts as
 * received even if the merchant never clicks 确认收货: each service order waiting for a parcel
 * with this tracking number is received by the system (receiveReturn, recorder "system"), which
 * starts the 48h processing (AS-4) or the 30-day repair (AS-3), or completes a flash-refunded
 * return (SVC-2). A repeated signature changes nothing and says so.
 */
export async function reportReturnSigned(ctx: ServiceContext, input: ReportReturnSignedInput) {
  const { db } = ctx;
  const found = await db
    .select({ id: serviceOrders.id, serviceNo: serviceOrders.serviceNo, status: serviceOrders.status })
    .from(serviceOrders)
    .where(
      and(
        eq(serviceOrders.returnTrackingNo, input.trackingNo),
        or(eq(serviceOrders.status, "awaiting_receipt"), isNotNull(serviceOrders.receivedAt)),
      ),
    );
  if (found.length === 0) throw noReturnParcel();
  const results = [];
  for (const row of found) {
    const received = await receiveReturn(ctx, row, "system", { by: SYSTEM });
    results.push({
      serviceOrderId: row.id,
      serviceNo: row.serviceNo,
      status: received?.status ?? row.status,
      alreadyReceived: received === null,
    });
  }
  return { trackingNo: input.trackingNo, serviceOrders: results };
}

/** The demo logistics desk: return parcels on their way back (newest shipment first, a short list). */
export async function listReturnParcels(ctx: ServiceContext, input: z.output<typeof listReturnParcelsInput>) {
  return ctx.db
    .select({
      serviceOrderId: serviceOrders.id,
      serviceNo: serviceOrders.serviceNo,
      orderNo: orders.orderNo,
      shopName: shops.name,
      carrier: serviceOrders.returnCarrier,
      trackingNo: serviceOrders.returnTrackingNo,
      shippedAt: serviceOrders.shippedAt,
      flashRefunded: sql<boolean>`${serviceOrders.flashRefundedAt} is not null`,
    })
    .from(serviceOrders)
    .innerJoin(orders, eq(orders.id, serviceOrders.orderId))
    .innerJoin(shops, eq(shops.id, serviceOrders.shopId))
    .where(and(inArray(serviceOrders.status, ["awaiting_receipt"]), isNotNull(serviceOrders.returnTrackingNo)))
    .orderBy(desc(serviceOrders.shippedAt), desc(serviceOrders.id))
    .limit(input.limit);
}
