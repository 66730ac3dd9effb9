import { z } from "zod";

export const markEvidenceInvalidInput = z.strictObject({
  workOrderId: z.string().max(64),
  evidenceItemId: z.string().max(64),
  reason: z
    .string()
    .trim()
    .min(2, { error: "请写明凭证无效的原因 / Say why the evidence is invalid" })
    .max(500, { error: "最多 500 字 / At most 500 characters" }),
});
export type MarkEvidenceInvalidInput = z.infer<typeof markEvidenceInvalidInput>;
