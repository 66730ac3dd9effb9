import { z } from "zod";
import { isUuid } from "@/server/domain/ids";
import { invoiceNoInput } from "../invoices/invoice-fields-input";

const workOrderId = z.string().max(64);
const note = z.string().trim().max(500, "备注不能超过 500 字").optional();

/** INV-5: exactly one of the four resolutions, each with only the fields it needs. */
export const replyToUrgeWorkOrderInput = z.discriminatedUnion("resolution", [
  z.strictObject({
    workOrderId,
    resolution: z.literal("invoice_issued"),
    invoiceNo: invoiceNoInput,
    fileId: z.string({ error: "请上传发票文件(PDF 或 OFD)" }).refine(isUuid, "请上传发票文件(PDF 或 OFD)"),
  }),
  z.strictObject({ workOrderId, resolution: z.literal("agreed_no_invoice"), note }),
  z.strictObject({ workOrderId, resolution: z.literal("agreed_cannot_issue"), note }),
  z.strictObject({
    workOrderId,
    resolution: z.literal("agreed_invoice_date"),
    promisedAt: z.coerce.date({ error: "请选择约定开票时间" }),
    note,
  }),
]);
export type ReplyToUrgeWorkOrderInput = z.infer<typeof replyToUrgeWorkOrderInput>;
