import { z } from "zod";
import { invoiceNoInput } from "./invoice-fields-input";

export const issueInvoiceInput = z.object({
  invoiceId: z.string().max(64),
  invoiceNo: invoiceNoInput,
  /** An uploaded PDF/OFD (POST /api/uploads?purpose=invoice); checked in issueInvoiceInTx. */
  fileId: z.string().max(64),
});
export type IssueInvoiceInput = z.infer<typeof issueInvoiceInput>;
