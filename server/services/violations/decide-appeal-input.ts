import { z } from "zod";
import { appealDecisions } from "@/server/domain/violation";

export const decideAppealInput = z.strictObject({
  appealId: z.string().max(64),
  decision: z.enum(appealDecisions),
  reason: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字写明审核理由 / Give the reasons in at least 5 characters" })
    .max(1000, { error: "审核理由最多 1000 字 / At most 1000 characters" }),
});
export type DecideAppealInput = z.infer<typeof decideAppealInput>;
