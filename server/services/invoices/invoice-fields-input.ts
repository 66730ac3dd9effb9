import { z } from "zod";

/**
 * Field rules for invoice forms, shared by the verbs' zod schemas and the browser forms (this
 * file imports nothing, so client components can use it without pulling in the server).
 */

/** 纳税人识别号 (unified social credit code or older tax ID): 15–20 uppercase letters or digits. */
export const TAX_ID = /^[0-9A-Z]{15,20}$/;

/** 发票号码: 8–20 digits (8 for classic invoices, 20 for fully digital e-invoices). */
export const INVOICE_NO = /^\d{8,20}$/;

export const TITLE_MAX = 100;
export const REFUSE_REASON_MIN = 2;
export const REFUSE_REASON_MAX = 200;

/** What the consumer typed, as stored: trimmed and uppercased; empty means none. */
export function normalizeTaxId(value: string): string | undefined {
  return value.trim().toUpperCase() || undefined;
}

/** INV-2: the invoice number every way of issuing an invoice asks for. */
export const invoiceNoInput = z
  .string()
  .trim()
  .regex(INVOICE_NO, { message: "发票号码应为 8–20 位数字 / The invoice number must be 8–20 digits" });
