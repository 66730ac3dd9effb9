import { z } from "zod";
import { carrierInput, idInput, trackingNoInput } from "./fields-input";

/** AS-3: a send-in repair is done and shipped back (原返) with carrier and tracking number. */
export const completeRepairInput = z.strictObject({
  serviceOrderId: idInput,
  carrier: carrierInput,
  trackingNo: trackingNoInput,
  note: z.string().trim().max(500, { error: "最多 500 字 / At most 500 characters" }).optional(),
});
export type CompleteRepairInput = z.infer<typeof completeRepairInput>;
