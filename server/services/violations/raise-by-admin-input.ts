import { z } from "zod";

export const raiseByAdminInput = z.strictObject({
  shopId: z.string().max(64),
  rule: z.string().max(32),
  points: z.number().int().min(1).max(100),
  reason: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字写明违规事实 / Give the reason in at least 5 characters" })
    .max(1000, { error: "最多 1000 字 / At most 1000 characters" }),
  /** Idempotency key made by the form: a replay returns the first ticket instead of a second. */
  requestId: z.uuid({ error: "请求标识无效 / Invalid request id" }),
});
export type RaiseByAdminInput = z.infer<typeof raiseByAdminInput>;
