import { actingOf } from "../acting";
import { invoicingFilter, loadInvoice } from "./invoice-access";
import { issueInvoiceInTx } from "./issue-invoice-core";
import type { ServiceContext } from "../service-context";
import type { IssueInvoiceInput } from "./issue-invoice-input";

/**
 * INV-2: the invoicing party issues the invoice with its number and the uploaded file.
 * SHOP-1: a merchant issues its SOP shop's requests; an admin issues FBP (platform) requests.
 * Anything else is NOT_FOUND — it is not theirs to see. The state change, the file check, the
 * audit event and the answer to any urge work order all happen in issueInvoiceInTx.
 */
export async function issueInvoice(ctx: ServiceContext, input: IssueInvoiceInput) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  const answered = invoicingFilter(ctx.tenant);
  return db.transaction(async (tx) => {
    const request = await loadInvoice(tx, answered, input.invoiceId);
    const issued = await issueInvoiceInTx(tx, { request, invoiceNo: input.invoiceNo, fileId: input.fileId, by, now });
    return { id: issued.id, status: issued.status, invoiceNo: issued.invoiceNo, issuedAt: issued.issuedAt };
  });
}
