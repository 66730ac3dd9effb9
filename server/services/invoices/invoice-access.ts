import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invoiceRequests } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { isUuid } from "../ids";
import { tenantFilter, tenantOfKind, type Tenant } from "../tenant";

export type InvoiceRow = typeof invoiceRequests.$inferSelect;

export const invoiceNotFound = () => notFound({ "zh-CN": "发票申请不存在", en: "Invoice request not found" });

/**
 * Whose invoice requests a caller may see (SHOP-1, SHOP-3): a consumer their own; a merchant
 * its shop's requests that the merchant itself invoices (SOP) — an FBP shop's requests are the
 * platform's, so a merchant never sees them; an admin any request.
 */
export function invoiceTenantFilter(tenant: Tenant): SQL | undefined {
  return tenantFilter(tenant, {
    shop: invoiceRequests.shopId,
    consumer: invoiceRequests.consumerId,
    merchantOnly: eq(invoiceRequests.invoicingParty, "merchant"),
  });
}

/**
 * The requests a caller answers (issues, refuses, lists to work on): the merchant its SOP
 * shop's, the platform's admins the FBP ones (SHOP-1). Consumers answer none: FORBIDDEN.
 */
export function invoicingFilter(tenant: Tenant): SQL | undefined {
  if (tenant.kind === "admin") return eq(invoiceRequests.invoicingParty, "platform");
  return invoiceTenantFilter(tenantOfKind(tenant, "merchant"));
}

/** The one place an invoice request is loaded by id: through the caller's filter, or NOT_FOUND. */
export async function loadInvoice(db: DbOrTx, filter: SQL | undefined, invoiceId: string): Promise<InvoiceRow> {
  if (!isUuid(invoiceId)) throw invoiceNotFound();
  const [row] = await db
    .select()
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.id, invoiceId), filter))
    .limit(1);
  if (!row) throw invoiceNotFound();
  return row;
}
