import { z } from "zod";
import { idInput, noteInput, serviceOrderIdInput } from "./fields-input";

/** The consumer confirms the on-site work was done. */
export const confirmCompletionInput = serviceOrderIdInput;
export type ConfirmCompletionInput = z.infer<typeof confirmCompletionInput>;

/** The consumer says the on-site work was not done (it returns to the merchant; may escalate). */
export const disputeCompletionInput = z.strictObject({
  serviceOrderId: idInput,
  reason: noteInput(5, { zh: "说明未完成的情况", en: "Say what was not done" }),
});
export type DisputeCompletionInput = z.infer<typeof disputeCompletionInput>;
