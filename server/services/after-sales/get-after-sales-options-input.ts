import type { z } from "zod";
import { orderIdInput } from "./fields-input";

/** AS-1/AS-7: what the consumer may apply for on this order, per item, and until when. */
export const getAfterSalesOptionsInput = orderIdInput;
export type GetAfterSalesOptionsInput = z.infer<typeof getAfterSalesOptionsInput>;
