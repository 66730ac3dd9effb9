import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { invoiceRequests, orders } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { isUnpaidOrder } from "@/server/domain/order";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";

export const getOrderInvoiceInput = z.object({ orderId: z.string().max(64) });

const orderNotFound = () => notFound({ "zh-CN": "订单不存在", en: "Order not found" });

/**
 * INV-1: the consumer's invoice request for one of their orders, for the order page's 发票 card:
 * the live one if any, else the latest refused one, else null. `canRequest` says whether a new
 * request may be made now (not cancelled, no live request).
 */
export async function getOrderInvoice(ctx: ServiceContext, input: { orderId: string }) {
  const { db } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const { orderId } = input;
  if (!isUuid(orderId)) throw orderNotFound();
  const [order] = await db
    .select({ id: orders.id, status: orders.status })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.consumerId, consumerId)))
    .limit(1);
  if (!order) throw orderNotFound();
  const [latest] = await db
    .select({
      id: invoiceRequests.id,
      status: invoiceRequests.status,
      title: invoiceRequests.title,
      invoiceType: invoiceRequests.invoiceType,
      supplementary: invoiceRequests.supplementary,
      requestedAt: invoiceRequests.requestedAt,
      invoiceNo: invoiceRequests.invoiceNo,
    })
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.orderId, order.id), eq(invoiceRequests.consumerId, consumerId)))
    // Live first (at most one), then the newest refused one.
    .orderBy(sql`(${invoiceRequests.status} = 'refused')`, desc(invoiceRequests.requestedAt), desc(invoiceRequests.id))
    .limit(1);
  const invoice = latest ?? null;
  return {
    orderStatus: order.status,
    invoice,
    canRequest:
      order.status !== "cancelled" &&
      !isUnpaidOrder(order.status) &&
      (invoice === null || invoice.status === "refused"),
    /** INV-1: a request made now would be supplementary (补开发票). */
    wouldBeSupplementary: order.status === "completed",
  };
}
