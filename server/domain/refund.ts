/** What a refund row settles. One ledger row per (source, kind) — enforced by a unique index. */
export const refundKinds = ["order_refund", "dispute_refund", "compensation"] as const;
export type RefundKind = (typeof refundKinds)[number];

export const refundSourceTypes = ["cancel_order", "dispute", "work_order", "service_order", "judgment"] as const;
export type RefundSourceType = (typeof refundSourceTypes)[number];

/**
 * Why money went back, written with the row (never inferred later):
 * - judgment: a platform judgment of a dispute;
 * - work_order_decision: a platform decision on an intervention work order;
 * - timeout: the platform's rule applied to a work order nobody answered in time (WO-2);
 * - settlement_plan: the merchant's own dispute settlement plan (direct refund);
 * - cancel_review: the merchant approved a cancel request, or refunded it early;
 * - interception: the parcel was intercepted, or the 48h interception window ended;
 * - after_sales: an after-sales service order processed with a refund (AS-4), by the merchant, an
 *   accepted deduction proposal (AS-5) or the processing timeout (the policy's outcome);
 * - flash_refund: 闪电退款, refunded when the consumer entered the return tracking number (SVC-2).
 * A platform decision on an after-sales case refunds with cause `judgment`.
 */
export const refundCauses = [
  "judgment",
  "work_order_decision",
  "timeout",
  "settlement_plan",
  "cancel_review",
  "interception",
  "after_sales",
  "flash_refund",
] as const;
export type RefundCause = (typeof refundCauses)[number];

/** MET-1: the causes that make a refund one "by platform judgment" (dispute refund rate). */
export const platformJudgmentRefundCauses = [
  "judgment",
  "work_order_decision",
  "timeout",
] as const satisfies readonly RefundCause[];

export function isPlatformJudgmentRefund(r: { cause: RefundCause; kind: RefundKind }): boolean {
  return r.kind !== "compensation" && (platformJudgmentRefundCauses as readonly RefundCause[]).includes(r.cause);
}
