import type { DbOrTx } from "@/db/client";
import { invoiceScopeFilter } from "./internal";
import { listInvoices, type ListInvoicesInput } from "./list-invoices-query";

export { listInvoicesInput as listShopInvoicesInput } from "./list-invoices-query";

/**
 * INV-2 / SHOP-1: the merchant's 开票管理 list — its own shop's requests that the merchant
 * invoices itself (SOP). FBP requests are the platform's and never show here.
 */
export function listShopInvoices(args: { db: DbOrTx; shopId: string; now: Date; input: ListInvoicesInput }) {
  const { db, shopId, now, input } = args;
  return listInvoices({ db, scope: invoiceScopeFilter({ kind: "merchant", shopId }), input, now });
}
