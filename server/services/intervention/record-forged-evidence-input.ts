import { z } from "zod";

export const recordForgedEvidenceInput = z.strictObject({
  workOrderId: z.string().max(64),
  evidenceItemId: z.string().max(64),
  severity: z.enum(["ordinary", "serious"]),
  reason: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字写明认定伪造的依据 / Give the grounds in at least 5 characters" })
    .max(1000, { error: "最多 1000 字 / At most 1000 characters" }),
});
export type RecordForgedEvidenceInput = z.infer<typeof recordForgedEvidenceInput>;
