import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { invoicingFilter } from "./invoice-access";
import { listInvoices, type ListInvoicesInput } from "./list-invoices-query";

export { listInvoicesInput as listShopInvoicesInput } from "./list-invoices-query";

/**
 * INV-2 / SHOP-1: the merchant's 开票管理 list — its own shop's requests that the merchant
 * invoices itself (SOP). FBP requests are the platform's and never show here.
 */
export function listShopInvoices(ctx: ServiceContext, input: ListInvoicesInput) {
  const { db, now } = ctx;
  return listInvoices({ db, scope: invoicingFilter(tenantOfKind(ctx.tenant, "merchant")), input, now });
}
