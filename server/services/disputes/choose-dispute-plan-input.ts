import { z } from "zod";
import { invoiceNoInput } from "../invoices/invoice-fields-input";

const key = z.string().trim().min(1).max(64);
const id = z.string().max(64);

/**
 * DSP-1: exactly one plan — a settlement plan of the scenario, or the no-fault evidence plan.
 * Strict objects: a settlement carrying evidence (or the reverse) is rejected before anything runs.
 */
export const choosePlanInput = z.discriminatedUnion("kind", [
  z.strictObject({
    disputeId: id,
    kind: z.literal("settlement"),
    plan: key,
    note: z.string().trim().max(500, { error: "说明最多 500 字 / At most 500 characters" }).optional(),
    /** A calendar day YYYY-MM-DD in the shop's time zone (agreed invoicing date). */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日期格式应为 YYYY-MM-DD / Use YYYY-MM-DD" })
      .optional(),
    invoiceNo: invoiceNoInput.optional(),
    fileId: id.optional(),
  }),
  z.strictObject({
    disputeId: id,
    kind: z.literal("no_fault"),
    reason: key,
    statement: z
      .string()
      .trim()
      .min(5, { error: "请至少用 5 个字说明情况 / Explain in at least 5 characters" })
      .max(1000, { error: "说明最多 1000 字 / At most 1000 characters" }),
    evidence: z.record(key, z.array(id).max(20)),
  }),
]);
export type ChoosePlanInput = z.infer<typeof choosePlanInput>;
