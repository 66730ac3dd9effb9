import type { DbOrTx } from "@/db/client";
import { invoiceScopeFilter } from "./internal";
import { listInvoices, type ListInvoicesInput } from "./list-invoices-query";

export { listInvoicesInput as listPlatformInvoicesInput } from "./list-invoices-query";

/**
 * SHOP-1: the platform's FBP 开票 list — every FBP shop's requests, which the platform
 * invoices. Rows carry the shop name so admins can tell shops apart.
 */
export function listPlatformInvoices(args: { db: DbOrTx; now: Date; input: ListInvoicesInput }) {
  const { db, now, input } = args;
  return listInvoices({ db, scope: invoiceScopeFilter({ kind: "admin", party: "platform" }), input, now });
}
