import { z } from "zod";
import { interventionTypes } from "@/server/domain/work-order";

export const applyForInterventionInput = z.strictObject({
  orderId: z.string().max(64),
  type: z.enum(interventionTypes),
  claim: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字说明您的诉求 / Describe your claim in at least 5 characters" })
    .max(1000, { error: "诉求最多 1000 字 / At most 1000 characters" }),
});
export type ApplyForInterventionInput = z.infer<typeof applyForInterventionInput>;
