import { eq } from "drizzle-orm";
import { z } from "zod";
import { consumers, files, orders, shops } from "@/db/schema";
import { canUrge, urgeAvailableAt } from "@/server/domain/invoice-rules";
import { getTimeline } from "../audit/timeline";
import { obligationsOfOrder } from "../invoice-obligations/read";
import { disputeEntries, loadInvoiceLinks } from "./invoice-links";
import { invoiceNotFound, invoiceTenantFilter, loadInvoice } from "./invoice-access";
import type { ServiceContext } from "../service-context";

export const getInvoiceInput = z.object({ invoiceId: z.string().max(64) });

/**
 * One invoice request as its audience sees it: the request and its outcome, its order and shop,
 * the urge entry (INV-3), its work orders and disputes (INV-8), the dispute entries the consumer
 * may use, the dates the invoice is owed by (DSP-INV-3), and the timeline of all of them (SHOP-4; internal notes for admins only).
 */
export async function getInvoice(ctx: ServiceContext, input: { invoiceId: string }) {
  const { db, now, tenant: audience } = ctx;
  const invoice = await loadInvoice(db, invoiceTenantFilter(audience), input.invoiceId);
  const [context] = await db
    .select({
      order: {
        id: orders.id,
        orderNo: orders.orderNo,
        status: orders.status,
        amountFen: orders.amountFen,
        completedAt: orders.completedAt,
      },
      shop: { id: shops.id, name: shops.name, businessMode: shops.businessMode, timeZone: shops.timeZone },
      consumer: { id: consumers.id, name: consumers.name },
    })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .where(eq(orders.id, invoice.orderId))
    .limit(1);
  if (!context) throw invoiceNotFound();
  const [file] = invoice.invoiceFileId
    ? await db
        .select({ id: files.id, name: files.originalName, kind: files.kind })
        .from(files)
        .where(eq(files.id, invoice.invoiceFileId))
    : [];

  const links = await loadInvoiceLinks(db, invoice, audience.kind);
  const facts = {
    status: invoice.status,
    supplementary: invoice.supplementary,
    requestedAt: invoice.requestedAt,
    orderCompletedAt: context.order.completedAt,
  };
  const openUrge = links.workOrders.find((w) => w.type === "urge_invoice" && w.live);
  const urge = {
    availableAt: urgeAvailableAt(facts),
    // INV-4: while an urge work order is open (or promised), pressing again would open nothing.
    canUrgeNow: canUrge(facts, now) && !openUrge,
    openWorkOrderId: openUrge?.id ?? null,
  };
  // DSP-INV-3: dates the invoice is owed by; a merchant sees only its own (SHOP-1).
  const obligations = (await obligationsOfOrder(db, invoice.orderId)).filter(
    (o) => audience.kind !== "merchant" || o.invoicingParty === "merchant",
  );
  const canDispute =
    audience.kind === "consumer" ? await disputeEntries(db, invoice, links) : { refused: false, urged: false };

  const timeline = await getTimeline({
    db,
    records: [
      { type: "invoice", id: invoice.id },
      ...links.workOrders.map((w) => ({ type: "work_order" as const, id: w.id })),
      ...links.disputes.map((d) => ({ type: "dispute" as const, id: d.id })),
    ],
    viewer: audience.kind === "admin" ? "admin" : "party",
  });

  return {
    id: invoice.id,
    status: invoice.status,
    invoicingParty: invoice.invoicingParty,
    invoiceType: invoice.invoiceType,
    title: invoice.title,
    taxId: invoice.taxId,
    supplementary: invoice.supplementary,
    requestedAt: invoice.requestedAt,
    issuedAt: invoice.issuedAt,
    invoiceNo: invoice.invoiceNo,
    file: file ? { id: file.id, name: file.name, kind: file.kind } : null,
    refusedAt: invoice.refusedAt,
    refuseReason: invoice.refuseReason,
    order: context.order,
    shop: context.shop,
    consumer: context.consumer,
    urge,
    canDispute,
    workOrders: links.workOrders,
    disputes: links.disputes,
    obligations,
    timeline,
  };
}
export type InvoiceDetail = Awaited<ReturnType<typeof getInvoice>>;
