import { z } from "zod";
import { idInput, noteInput, photosInput } from "./fields-input";

/** AS-3: the merchant records the on-site visit done (a note and photos: visit_photos). */
export const recordVisitInput = z.strictObject({
  serviceOrderId: idInput,
  note: noteInput(2, { zh: "说明上门服务情况", en: "Describe the visit" }),
  photos: photosInput.default([]),
});
export type RecordVisitInput = z.infer<typeof recordVisitInput>;
