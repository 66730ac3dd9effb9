import { z } from "zod";

/** The record a signal view hangs off: a dispute, a work order or a service order (MAL-3). */
export const signalRecordKinds = ["dispute", "work_order", "service_order"] as const;
export type SignalRecordKind = (typeof signalRecordKinds)[number];

export const signalRecordInput = z.object({
  kind: z.enum(signalRecordKinds),
  id: z.uuid(),
});
export type SignalRecordInput = z.infer<typeof signalRecordInput>;

export const merchantSignalsInput = z.object({ shopId: z.uuid() });
export type MerchantSignalsInput = z.infer<typeof merchantSignalsInput>;
