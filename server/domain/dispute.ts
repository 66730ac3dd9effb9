/** DSP-1: the scenarios a consumer can open a dispute in. */
export const disputeScenarios = ["invoice_refused", "invoice_urged", "order_cancel"] as const;
export type DisputeScenario = (typeof disputeScenarios)[number];

/**
 * awaiting_merchant — the responsible party must answer with exactly one plan (DSP-1)
 * awaiting_consumer — a settlement plan waits for the consumer (DSP-2)
 * platform_judging  — with the platform (DSP-2 rejected, DSP-3 evidence, DSP-4 silence, DSP-INV-2)
 * settled           — the consumer confirmed, or was silent 72h (DSP-2)
 * judged            — the platform decided (DSP-5); final
 */
export const disputeStatuses = [
  "awaiting_merchant",
  "awaiting_consumer",
  "platform_judging",
  "settled",
  "judged",
] as const;
export type DisputeStatus = (typeof disputeStatuses)[number];
export const disputeDueStatuses = [
  "awaiting_merchant",
  "awaiting_consumer",
] as const satisfies readonly DisputeStatus[];

/** DSP-5: who a judgment holds liable. */
export const liableParties = ["merchant", "consumer", "platform", "none"] as const;
export type LiableParty = (typeof liableParties)[number];

export const remedyKinds = ["refund", "compensation", "none"] as const;
export type RemedyKind = (typeof remedyKinds)[number];
