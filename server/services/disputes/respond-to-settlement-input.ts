import { z } from "zod";

export const respondToSettlementInput = z.discriminatedUnion("decision", [
  z.strictObject({ disputeId: z.string().max(64), decision: z.literal("confirm") }),
  z.strictObject({
    disputeId: z.string().max(64),
    decision: z.literal("reject"),
    reason: z
      .string()
      .trim()
      .min(5, { error: "请至少用 5 个字说明拒绝理由 / Give your reason in at least 5 characters" })
      .max(500, { error: "理由最多 500 字 / At most 500 characters" }),
  }),
]);
export type RespondToSettlementInput = z.infer<typeof respondToSettlementInput>;
