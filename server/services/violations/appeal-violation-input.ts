import { z } from "zod";
import { APPEAL_STATEMENT_MAX, APPEAL_STATEMENT_MIN } from "@/server/domain/policies/violation-rules";

export const appealViolationInput = z.strictObject({
  violationId: z.string().max(64),
  statement: z
    .string()
    .trim()
    .min(APPEAL_STATEMENT_MIN, {
      error: `请至少用 ${APPEAL_STATEMENT_MIN} 个字写明申诉理由 / Write the statement in at least ${APPEAL_STATEMENT_MIN} characters`,
    })
    .max(APPEAL_STATEMENT_MAX, {
      error: `申诉理由最多 ${APPEAL_STATEMENT_MAX} 字 / At most ${APPEAL_STATEMENT_MAX} characters`,
    }),
  /** Uploaded file ids, in display order (VIO-3: at least one). */
  evidence: z.array(z.string().max(64)).max(20),
});
export type AppealViolationInput = z.infer<typeof appealViolationInput>;
