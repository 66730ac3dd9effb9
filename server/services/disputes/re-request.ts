import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invoiceRequests, orders } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { type SystemText, systemText } from "@/server/domain/system-text";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import type { DisputeRow } from "./dispute-access";

/** The refused request's details on a new request, so the invoice can be issued (INV-1/2). */
export async function reRequest(tx: Tx, args: { dispute: DisputeRow; by: Acting; now: Date; message?: SystemText }) {
  const { dispute, by, now, message = systemText("invoiceReissuedForSettlement") } = args;
  const [refused] = dispute.invoiceRequestId
    ? await tx.select().from(invoiceRequests).where(eq(invoiceRequests.id, dispute.invoiceRequestId))
    : [];
  if (!refused) {
    const text = { "zh-CN": "该纠纷没有关联的发票申请", en: "This dispute has no invoice request" };
    throw new DomainError("BAD_REQUEST", "NO_INVOICE_REQUEST", text);
  }
  const [order] = await tx
    .select({ completedAt: orders.completedAt })
    .from(orders)
    .where(eq(orders.id, dispute.orderId));
  const [request] = await tx
    .insert(invoiceRequests)
    .values({
      shopId: refused.shopId,
      orderId: refused.orderId,
      consumerId: refused.consumerId,
      status: "requested",
      invoicingParty: refused.invoicingParty,
      invoiceType: refused.invoiceType,
      title: refused.title,
      taxId: refused.taxId,
      supplementary: Boolean(order?.completedAt && order.completedAt.getTime() <= now.getTime()),
      requestedAt: now,
    })
    .returning();
  if (!request) throw new Error("reRequest: insert returned no row");
  await emitAudit(tx, {
    shopId: request.shopId,
    recordType: "invoice",
    recordId: request.id,
    by,
    action: "invoice.requested",
    to: "requested",
    payload: { viaDispute: dispute.id, replaces: refused.id, message },
    at: now,
  });
  return request;
}
