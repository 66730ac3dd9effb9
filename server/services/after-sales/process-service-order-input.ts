import { z } from "zod";
import { serviceResults } from "@/server/domain/after-sales";
import { carrierInput, idInput, trackingNoInput } from "./fields-input";

/**
 * AS-4: exactly one result. 换新 and 原返 ship goods: carrier and tracking number are required
 * for them (checked by the verb). Deductions are never entered here: only a consented deduction
 * proposal takes money off a refund (AS-5).
 */
export const processServiceOrderInput = z.strictObject({
  serviceOrderId: idInput,
  result: z.enum(serviceResults, { error: "请选择处理结果 / Choose the result" }),
  carrier: carrierInput.optional(),
  trackingNo: trackingNoInput.optional(),
  note: z.string().trim().max(500, { error: "最多 500 字 / At most 500 characters" }).optional(),
});
export type ProcessServiceOrderInput = z.infer<typeof processServiceOrderInput>;
