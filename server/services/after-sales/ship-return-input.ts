import { z } from "zod";
import { carrierInput, idInput, trackingNoInput } from "./fields-input";

/** The consumer ships the goods back: carrier and tracking number (SVC-2: may refund at once). */
export const shipReturnInput = z.strictObject({
  serviceOrderId: idInput,
  carrier: carrierInput,
  trackingNo: trackingNoInput,
});
export type ShipReturnInput = z.infer<typeof shipReturnInput>;
