import { z } from "zod";
import type { Db } from "@/db/client";
import type { Acting } from "../acting";
import { invoiceNoInput } from "./invoice-fields";
import { actingAudience, loadInvoice, type InvoicingActor } from "./internal";
import { issueInvoiceInTx } from "./issue-invoice-core";

export const issueInvoiceInput = z.object({
  invoiceId: z.string().max(64),
  invoiceNo: invoiceNoInput,
  /** An uploaded PDF/OFD (POST /api/uploads?purpose=invoice); checked in issueInvoiceInTx. */
  fileId: z.string().max(64),
});
export type IssueInvoiceInput = z.infer<typeof issueInvoiceInput>;

/**
 * INV-2: the invoicing party issues the invoice with its number and the uploaded file.
 * SHOP-1: a merchant issues its SOP shop's requests; an admin issues FBP (platform) requests.
 * Anything else is NOT_FOUND — it is not theirs to see. The state change, the file check, the
 * audit event and the answer to any urge work order all happen in issueInvoiceInTx.
 */
export async function issueInvoice(args: { db: Db; actor: InvoicingActor; by: Acting; now: Date; input: IssueInvoiceInput }) {
  const { db, actor, by, now, input } = args;
  return db.transaction(async (tx) => {
    const request = await loadInvoice(tx, actingAudience(actor), input.invoiceId);
    const issued = await issueInvoiceInTx(tx, { request, invoiceNo: input.invoiceNo, fileId: input.fileId, by, now });
    return { id: issued.id, status: issued.status, invoiceNo: issued.invoiceNo, issuedAt: issued.issuedAt };
  });
}
