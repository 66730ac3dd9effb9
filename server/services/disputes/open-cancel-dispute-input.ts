import { z } from "zod";

const orderId = z.string().max(64);

export const openCancelDisputeInput = z.strictObject({
  orderId,
  claim: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字说明您的诉求 / Describe your claim in at least 5 characters" })
    .max(500, { error: "诉求最多 500 字 / At most 500 characters" }),
});
export type OpenCancelDisputeInput = z.infer<typeof openCancelDisputeInput>;
