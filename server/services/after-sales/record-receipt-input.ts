import { z } from "zod";
import { idInput, photosInput } from "./fields-input";

/** AS-4: the merchant records the returned goods received (photos of them: receipt_photos). */
export const recordReceiptInput = z.strictObject({
  serviceOrderId: idInput,
  photos: photosInput.default([]),
});
export type RecordReceiptInput = z.infer<typeof recordReceiptInput>;
