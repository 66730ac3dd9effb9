import { z } from "zod";
import { liableParties, remedyKinds } from "@/server/domain/dispute";
import { citedRulesInput } from "../adjudication/cited-rules-input";

export const judgeDisputeInput = z
  .strictObject({
    disputeId: z.string().max(64),
    liableParty: z.enum(liableParties),
    remedy: z.enum(remedyKinds),
    /** Integer fen; required above 0 for a refund or compensation. */
    amountFen: z.number().int().min(0).max(100_000_000).optional(),
    reason: z
      .string()
      .trim()
      .min(5, { error: "请至少用 5 个字写明判责理由 / Give the reasons in at least 5 characters" })
      .max(1000, { error: "判责理由最多 1000 字 / At most 1000 characters" }),
    /** DSP-5: the rule IDs the reasons rest on (at least one, each applying to the scenario). */
    rules: citedRulesInput,
    /** Seen by admins only (SHOP-4). */
    internalNote: z.string().trim().max(1000).optional(),
    /** DSP-INV-3: order the invoicing party to issue the invoice by this day (YYYY-MM-DD, shop time zone). */
    issueInvoiceBy: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "开票期限格式应为 YYYY-MM-DD / Use YYYY-MM-DD" })
      .optional(),
  })
  .refine((j) => j.remedy === "none" || (j.amountFen ?? 0) > 0, {
    error: "退款或赔付需填写大于 0 的金额 / Enter an amount above zero",
    path: ["amountFen"],
  });
export type JudgeDisputeInput = z.infer<typeof judgeDisputeInput>;
