import { and, eq } from "drizzle-orm";
import { invoiceRequests, orders, shops } from "@/db/schema";
import { DomainError, notFound } from "@/server/domain/errors";
import { type InvoicingParty } from "@/server/domain/invoice";
import { isUnpaidOrder } from "@/server/domain/order";
import { consumerActingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { requestInvoiceInput, type RequestInvoiceInput } from "./request-invoice-input";

const orderNotFound = () => notFound({ "zh-CN": "订单不存在", en: "Order not found" });

const orderCancelled = () =>
  new DomainError("BAD_REQUEST", "ORDER_CANCELLED", {
    "zh-CN": "已取消的订单不能申请开票",
    en: "A cancelled order cannot be invoiced",
  });

const orderUnpaid = () =>
  new DomainError("BAD_REQUEST", "ORDER_UNPAID", {
    "zh-CN": "订单未付款,不能申请开票",
    en: "The order was never paid; it cannot be invoiced",
  });

const alreadyRequested = () =>
  new DomainError("CONFLICT", "INVOICE_ALREADY_REQUESTED", {
    "zh-CN": "该订单已申请开票",
    en: "An invoice was already requested for this order",
  });

/**
 * INV-1: a consumer requests an invoice on one of their orders. A request made once the order
 * completed is supplementary (补开发票). SHOP-1: the platform invoices for FBP shops, the merchant
 * for SOP shops — fixed now, so a later change of business mode does not re-route it.
 * One live request per order (a refused one may be followed by a new one).
 */
export async function requestInvoice(ctx: ServiceContext, input: RequestInvoiceInput) {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const by = await consumerActingOf(ctx, db);
  const parsed = requestInvoiceInput.parse(input);
  if (!isUuid(parsed.orderId)) throw orderNotFound();
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({ id: orders.id, shopId: orders.shopId, status: orders.status })
      .from(orders)
      .where(and(eq(orders.id, parsed.orderId), eq(orders.consumerId, consumerId)))
      .for("update");
    if (!order) throw orderNotFound();
    if (isUnpaidOrder(order.status)) throw orderUnpaid();
    if (order.status === "cancelled") throw orderCancelled();
    const [shop] = await tx.select({ businessMode: shops.businessMode }).from(shops).where(eq(shops.id, order.shopId));
    if (!shop) throw orderNotFound();

    const supplementary = order.status === "completed";
    const invoicingParty: InvoicingParty = shop.businessMode === "FBP" ? "platform" : "merchant";
    // The partial unique index (one non-refused request per order) is the authority; the order
    // row lock above only makes the common double-click wait instead of racing.
    const [created] = await tx
      .insert(invoiceRequests)
      .values({
        shopId: order.shopId,
        orderId: order.id,
        consumerId,
        status: "requested",
        invoicingParty,
        invoiceType: parsed.invoiceType,
        title: parsed.title,
        taxId: parsed.taxId ?? null,
        supplementary,
        requestedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) throw alreadyRequested();

    await emitAudit(tx, {
      shopId: order.shopId,
      recordType: "invoice",
      recordId: created.id,
      by,
      action: "invoice.requested",
      to: "requested",
      payload: { title: created.title, invoiceType: created.invoiceType, supplementary, invoicingParty },
      at: now,
    });
    return { id: created.id, status: created.status, supplementary, invoicingParty };
  });
}
