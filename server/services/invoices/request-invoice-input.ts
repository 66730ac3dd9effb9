import { z } from "zod";
import { invoiceTypes } from "@/server/domain/invoice";
import { normalizeTaxId, TAX_ID, TITLE_MAX } from "./invoice-fields-input";

/** Typed lowercase is accepted and uppercased; blank means no tax ID. */
const taxIdInput = z.preprocess(
  (value) => (typeof value === "string" ? normalizeTaxId(value) : value),
  z
    .string()
    .regex(TAX_ID, {
      message: "纳税人识别号应为 15–20 位大写字母或数字 / The tax ID must be 15–20 uppercase letters or digits",
    })
    .optional(),
);

export const requestInvoiceInput = z
  .object({
    orderId: z.string().max(64),
    title: z
      .string()
      .trim()
      .min(1, { message: "请填写发票抬头 / Enter the invoice title" })
      .max(TITLE_MAX, { message: "发票抬头最多 100 个字 / The invoice title is at most 100 characters" }),
    taxId: taxIdInput,
    invoiceType: z.enum(invoiceTypes),
  })
  .refine((v) => v.invoiceType !== "vat_special" || v.taxId !== undefined, {
    path: ["taxId"],
    message: "增值税专用发票须填写纳税人识别号 / A VAT special invoice requires the tax ID",
  });
export type RequestInvoiceInput = z.infer<typeof requestInvoiceInput>;
