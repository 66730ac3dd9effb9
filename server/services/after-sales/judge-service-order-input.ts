import { z } from "zod";
import { serviceResults } from "@/server/domain/after-sales";
import { serviceOrderDecisions } from "@/server/domain/service-order-judgment";
import { citedRulesInput } from "../adjudication/cited-rules-input";
import { fenInput, idInput } from "./fields-input";

/**
 * AS-8: the platform's decision on an after-sales case in platform intervention — one of the
 * machine's platform_review events, the rule IDs it rests on (DSP-5), the reasons, and whether
 * the merchant gets a violation ticket (VIO-1).
 */
export const judgeServiceOrderInput = z
  .strictObject({
    serviceOrderId: idInput,
    decision: z.enum(serviceOrderDecisions),
    /** approve / resume_processing: the result the platform agrees to instead of the requested one. */
    agreedResult: z.enum(serviceResults).optional(),
    /** refund: the amount (default: the goods in full, capped at what is still refundable). */
    refundFen: fenInput.optional(),
    reason: z
      .string()
      .trim()
      .min(5, { error: "请至少用 5 个字写明判定理由 / Give the reasons in at least 5 characters" })
      .max(1000, { error: "判定理由最多 1000 字 / At most 1000 characters" }),
    rules: citedRulesInput,
    /** VIO-1: raise the AS-8 violation ticket against the merchant. */
    violation: z.boolean().default(false),
    /** Seen by admins only (SHOP-4). */
    internalNote: z.string().trim().max(1000).optional(),
  })
  .refine((j) => j.refundFen === undefined || j.refundFen > 0, {
    error: "退款金额须大于 0 / Enter an amount above zero",
    path: ["refundFen"],
  });
export type JudgeServiceOrderInput = z.infer<typeof judgeServiceOrderInput>;
