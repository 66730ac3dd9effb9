/**
 * A cancel order's review status (取消订单审核状态, DSP-CXL-2..6).
 * pending            — 待审核: the consumer asked to cancel; the merchant approves or rejects
 * logistics_pending  — 物流待跟进: a 48h interception plan is running (DSP-CXL-4)
 * intercepting       — 通过并拦截: platform delivery asked to intercept; refunds when it succeeds
 * interception_failed— 拦截失败: the parcel could not be stopped (see the cancel-order policy)
 * refund_succeeded   — 退款成功
 * rejected           — 已驳回
 * closed             — 已关闭: ended without a refund (e.g. the order completed first)
 */
export const cancelOrderStatuses = ["pending", "logistics_pending", "intercepting", "interception_failed", "refund_succeeded", "rejected", "closed"] as const;
export type CancelOrderStatus = (typeof cancelOrderStatuses)[number];
/** A cancel order still in motion: at most one per order. */
export const liveCancelOrderStatuses = ["pending", "logistics_pending", "intercepting"] as const satisfies readonly CancelOrderStatus[];

/**
 * Why the cancel order exists (取消原因). The consumer's own reasons, and the two a dispute
 * plan records (DSP-CXL-2 直接退款纠纷方案, DSP-CXL-4 48H物流拦截退款纠纷方案), so the
 * module can filter by reason (DSP-CXL-6).
 */
export const cancelReasons = [
  "changed_mind",
  "ordered_wrong",
  "slow_shipping",
  "better_price",
  "other",
  "dispute_direct_refund",
  "dispute_interception",
] as const;
export type CancelReason = (typeof cancelReasons)[number];
export const consumerCancelReasons = ["changed_mind", "ordered_wrong", "slow_shipping", "better_price", "other"] as const satisfies readonly CancelReason[];

/** The demo platform-logistics adapter's interception record. */
export const interceptionStatuses = ["requested", "succeeded", "failed"] as const;
export type InterceptionStatus = (typeof interceptionStatuses)[number];
