import { z } from "zod";
import { idInput } from "./fields-input";

/** AS-5/AS-8: the consumer accepts or refuses the pending proposal (a refusal may say why). */
export const respondToProposalInput = z.strictObject({
  serviceOrderId: idInput,
  proposalId: idInput,
  decision: z.enum(["accept", "refuse"], { error: "请选择同意或拒绝 / Accept or refuse" }),
  refusalReason: z.string().trim().max(500, { error: "最多 500 字 / At most 500 characters" }).optional(),
});
export type RespondToProposalInput = z.infer<typeof respondToProposalInput>;
