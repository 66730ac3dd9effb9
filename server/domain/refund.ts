/** What a refund row settles. One ledger row per (source, kind) — enforced by a unique index. */
export const refundKinds = ["order_refund", "dispute_refund", "compensation"] as const;
export type RefundKind = (typeof refundKinds)[number];

export const refundSourceTypes = ["cancel_order", "dispute", "work_order", "service_order", "judgment"] as const;
export type RefundSourceType = (typeof refundSourceTypes)[number];
