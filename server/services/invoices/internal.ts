import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invoiceRequests } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import type { InvoicingParty } from "@/server/domain/invoice";
import { isUuid } from "../ids";

export type InvoiceRow = typeof invoiceRequests.$inferSelect;

/**
 * Whose invoice requests a caller may see (SHOP-1, SHOP-3):
 * - consumer: their own requests;
 * - merchant: their shop's requests that the merchant itself invoices (SOP). An FBP shop's
 *   requests are the platform's, so a merchant never sees them;
 * - admin: any request (`party` narrows to one invoicing party, e.g. "platform" for acting).
 */
export type InvoiceAudience =
  | { kind: "consumer"; consumerId: string }
  | { kind: "merchant"; shopId: string }
  | { kind: "admin"; party?: InvoicingParty };

export const invoiceNotFound = () => notFound({ "zh-CN": "发票申请不存在", en: "Invoice request not found" });

export function invoiceScopeFilter(audience: InvoiceAudience): SQL | undefined {
  switch (audience.kind) {
    case "consumer":
      return eq(invoiceRequests.consumerId, audience.consumerId);
    case "merchant":
      return and(eq(invoiceRequests.shopId, audience.shopId), eq(invoiceRequests.invoicingParty, "merchant"));
    case "admin":
      return audience.party ? eq(invoiceRequests.invoicingParty, audience.party) : undefined;
  }
}

/** The one place an invoice request is loaded by id: through the caller's scope, or NOT_FOUND. */
export async function loadInvoice(db: DbOrTx, audience: InvoiceAudience, invoiceId: string): Promise<InvoiceRow> {
  if (!isUuid(invoiceId)) throw invoiceNotFound();
  const [row] = await db
    .select()
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.id, invoiceId), invoiceScopeFilter(audience)))
    .limit(1);
  if (!row) throw invoiceNotFound();
  return row;
}

/** The audience that may issue or refuse: the merchant for its SOP shop, admins for FBP (SHOP-1). */
export type InvoicingActor = { kind: "merchant"; shopId: string } | { kind: "admin" };

export function actingAudience(actor: InvoicingActor): InvoiceAudience {
  return actor.kind === "merchant" ? actor : { kind: "admin", party: "platform" };
}
