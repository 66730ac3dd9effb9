import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { invoicingFilter } from "./invoice-access";
import { listInvoices, type ListInvoicesInput } from "./list-invoices-query";

export { listInvoicesInput as listPlatformInvoicesInput } from "./list-invoices-query";

/**
 * SHOP-1: the platform's FBP 开票 list — every FBP shop's requests, which the platform
 * invoices. Rows carry the shop name so admins can tell shops apart.
 */
export function listPlatformInvoices(ctx: ServiceContext, input: ListInvoicesInput) {
  const { db, now } = ctx;
  return listInvoices({ db, scope: invoicingFilter(tenantOfKind(ctx.tenant, "admin")), input, now });
}
