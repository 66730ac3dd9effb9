import { z } from "zod";

/**
 * The record a signal view hangs off: a dispute, a work order or a service order (MAL-3), or a complaint the
 * platform reviews (MAL-2: the judge weighs the buyer's signals beside the merchant's evidence).
 */
export const signalRecordKinds = ["dispute", "work_order", "service_order", "complaint"] as const;
export type SignalRecordKind = (typeof signalRecordKinds)[number];

/** Any id string: one that is not a uuid is simply not found (the pages answer 404, not 400). */
export const signalRecordInput = z.object({
  kind: z.enum(signalRecordKinds),
  id: z.string().min(1).max(100),
});
export type SignalRecordInput = z.infer<typeof signalRecordInput>;

export const merchantSignalsInput = z.object({ shopId: z.uuid() });
export type MerchantSignalsInput = z.infer<typeof merchantSignalsInput>;
