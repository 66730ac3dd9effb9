import { z } from "zod";

/** The carrier's "return parcel signed for" event (AS-4), by the tracking number the consumer entered. */
export const reportReturnSignedInput = z.strictObject({
  trackingNo: z
    .string()
    .trim()
    .min(1, { error: "请填写运单号 / Enter the tracking number" })
    .max(64, { error: "运单号最多 64 个字符 / Tracking number: at most 64 characters" }),
});
export type ReportReturnSignedInput = z.infer<typeof reportReturnSignedInput>;

export const listReturnParcelsInput = z.object({ limit: z.number().int().min(1).max(50).default(20) });
