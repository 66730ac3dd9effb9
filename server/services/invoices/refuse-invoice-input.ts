import { z } from "zod";
import { REFUSE_REASON_MAX, REFUSE_REASON_MIN } from "./invoice-fields-input";

export const refuseInvoiceInput = z.object({
  invoiceId: z.string().max(64),
  reason: z
    .string()
    .trim()
    .min(REFUSE_REASON_MIN, {
      message: "请填写拒绝开票的原因(至少 2 个字)/ Give the reason for refusing (at least 2 characters)",
    })
    .max(REFUSE_REASON_MAX, { message: "原因最多 200 个字 / The reason is at most 200 characters" }),
});
export type RefuseInvoiceInput = z.infer<typeof refuseInvoiceInput>;
