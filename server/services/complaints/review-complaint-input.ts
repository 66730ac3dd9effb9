import { z } from "zod";
import { complaintDecisions } from "@/server/domain/complaint";
import { idInput, reasonInput } from "./fields-input";

/**
 * MAL-2: the platform's decision on a complaint in review — uphold (a risk mark on the buyer),
 * dismiss, or ask for more material once (the reason is what the merchant is asked for).
 */
export const reviewComplaintInput = z.strictObject({
  complaintId: idInput,
  decision: z.enum(complaintDecisions),
  reason: reasonInput,
});
export type ReviewComplaintInput = z.infer<typeof reviewComplaintInput>;
