import { z } from "zod";
import { idInput, statementInput } from "./fields-input";

/**
 * MAL-2: the merchant answers the platform's one request for more material, within its window:
 * a statement and the files for the policy's supplement slot.
 */
export const supplementComplaintInput = z.strictObject({
  complaintId: idInput,
  statement: statementInput,
  files: z
    .array(idInput)
    .min(1, { error: "请至少上传 1 个补充材料 / Upload at least one file" })
    .max(9, { error: "最多上传 9 个文件 / At most 9 files" }),
});
export type SupplementComplaintInput = z.infer<typeof supplementComplaintInput>;
