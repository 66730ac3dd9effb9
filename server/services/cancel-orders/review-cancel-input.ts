import { z } from "zod";

const id = z.string().max(64);

export const rejectCancelInput = z.strictObject({
  cancelOrderId: id,
  reason: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字说明驳回理由 / Give the reason in at least 5 characters" })
    .max(500, { error: "驳回理由最多 500 字 / At most 500 characters" }),
});
