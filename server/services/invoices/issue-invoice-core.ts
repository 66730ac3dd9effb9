import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { files, invoiceRequests } from "@/db/schema";
import { DomainError, staleState } from "@/server/domain/errors";
import { invoiceMachine } from "@/server/domain/machines/invoice-request";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import { settleObligationsOnInvoiceIssued } from "../invoice-obligations/on-invoice-issued";
import { settleUrgeWorkOrdersOnInvoiceIssued } from "../work-orders/on-invoice-issued";

export type InvoiceRequestRow = typeof invoiceRequests.$inferSelect;

const invoiceFileRequired = () =>
  new DomainError("BAD_REQUEST", "INVOICE_FILE_REQUIRED", {
    "zh-CN": "请上传发票文件(PDF 或 OFD)",
    en: "Upload the invoice file (PDF or OFD)",
  });

/**
 * INV-2: issue an invoice that the caller already loaded through its tenant. The file must be
 * a PDF/OFD the acting person uploaded. Answers the request's urge work orders in the same
 * transaction (INV-5/6) and fulfils the order's open invoicing obligations (DSP-INV-3).
 * Compare-and-set on `requested`: a second issue is a conflict.
 */
export async function issueInvoiceInTx(
  tx: Tx,
  args: {
    request: Pick<InvoiceRequestRow, "id" | "status" | "shopId">;
    invoiceNo: string;
    fileId: string;
    by: Acting;
    now: Date;
  },
): Promise<InvoiceRequestRow> {
  const { request, invoiceNo, fileId, by, now } = args;
  // Not shaped like our ids: it cannot be an upload (and must not reach the uuid column as SQL).
  if (!isUuid(fileId)) throw invoiceFileRequired();
  const [file] = await tx
    .select({ kind: files.kind, uploadedBy: files.uploadedBy })
    .from(files)
    .where(eq(files.id, fileId));
  if (!file || file.uploadedBy !== by.userId || (file.kind !== "pdf" && file.kind !== "ofd"))
    throw invoiceFileRequired();
  const to = invoiceMachine.next(request.status, "issue");
  const [issued] = await tx
    .update(invoiceRequests)
    .set({ status: to, issuedAt: now, invoiceNo, invoiceFileId: fileId, decidedBy: by.userId })
    .where(and(eq(invoiceRequests.id, request.id), eq(invoiceRequests.status, request.status)))
    .returning();
  if (!issued) throw staleState();
  await emitAudit(tx, {
    shopId: request.shopId,
    recordType: "invoice",
    recordId: request.id,
    by,
    action: "invoice.issued",
    from: request.status,
    to,
    payload: { invoiceNo },
    at: now,
  });
  await settleUrgeWorkOrdersOnInvoiceIssued(tx, {
    invoiceRequestId: request.id,
    invoiceNo,
    invoiceFileId: fileId,
    by,
    now,
  });
  await settleObligationsOnInvoiceIssued(tx, { orderId: issued.orderId, invoiceNo, by, now });
  return issued;
}
