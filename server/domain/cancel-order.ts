import type { LocalizedText } from "./errors";
import { isPastDue } from "./deadlines";
import { isUnpaidOrder, type OrderStatus } from "./order";

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
export const cancelOrderStatuses = [
  "pending",
  "logistics_pending",
  "intercepting",
  "interception_failed",
  "refund_succeeded",
  "rejected",
  "closed",
] as const;
export type CancelOrderStatus = (typeof cancelOrderStatuses)[number];
/** A cancel order still in motion: at most one per order. */
export const liveCancelOrderStatuses = [
  "pending",
  "logistics_pending",
  "intercepting",
] as const satisfies readonly CancelOrderStatus[];

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
export const consumerCancelReasons = [
  "changed_mind",
  "ordered_wrong",
  "slow_shipping",
  "better_price",
  "other",
] as const satisfies readonly CancelReason[];
export type ConsumerCancelReason = (typeof consumerCancelReasons)[number];

/** The demo platform-logistics adapter's interception record. */
export const interceptionStatuses = ["requested", "succeeded", "failed"] as const;
export type InterceptionStatus = (typeof interceptionStatuses)[number];

/** Whether a cancel order came from the consumer's own request or was raised by a dispute plan. */
export const cancelOrigins = ["consumer", "dispute"] as const;
export type CancelOrigin = (typeof cancelOrigins)[number];
export const disputeCancelReasons = [
  "dispute_direct_refund",
  "dispute_interception",
] as const satisfies readonly CancelReason[];
export function isConsumerCancelReason(reason: CancelReason): boolean {
  return (consumerCancelReasons as readonly CancelReason[]).includes(reason);
}

/** The order facts the cancel rules look at. */
export interface CancelOrderFacts {
  status: OrderStatus;
  deliveryType: "platform" | "third_party";
  worryFree: boolean;
}

/**
 * Who may ask to cancel, and when (decisions; the SPEC only says "paid or shipped"):
 * - A consumer may request on a paid or shipped order (not once it is signed: that is a return,
 *   not a cancellation). Worry-free orders may be cancelled too: a cancel request is not the
 *   dispute flow WO-TM-6 keeps them out of.
 * - One cancel order in motion per order (pending, logistics_pending, intercepting). A
 *   rejected or withdrawn request may be asked again; an order refunded in full may not.
 * - After a failed interception the parcel is on its way to the consumer: a new request is
 *   refused (refuse delivery or return it after receipt instead).
 */
export function requestableOrderStatus(order: CancelOrderFacts): boolean {
  return order.status === "paid" || order.status === "shipped";
}

/**
 * A cancel dispute (DSP-1, 取消订单纠纷) may be opened on a paid or shipped order that is not
 * worry-free (WO-TM-6: those are never judged by the dispute flow) and not refunded in full.
 * It also needs a rejected request or one past its review window (DSP-CXL-7, cancelDisputeGate);
 * a new request made while the dispute runs is what DSP-CXL-5 settles.
 */
export function cancelDisputableOrder(order: CancelOrderFacts): boolean {
  return (order.status === "paid" || order.status === "shipped") && !order.worryFree;
}

/**
 * What approving a cancel order does now (and what the end of a 48h window does, DSP-CXL-4):
 * - a platform delivery still in transit (shipped) is intercepted first; the refund follows
 *   when the carrier reports the parcel stopped;
 * - otherwise (paid: nothing shipped; third-party delivery; a parcel already signed, which no
 *   interception can stop) the refund is made at once.
 */
export function approvalOutcome(order: CancelOrderFacts): "refund" | "intercept" {
  return order.deliveryType === "platform" && order.status === "shipped" ? "intercept" : "refund";
}

/**
 * DSP-CXL-4: when the 48h window ends by itself. A completed order is not refunded
 * automatically: the cancel order is closed with a note (the merchant may still have
 * refunded earlier; then it is no longer logistics_pending). An order already cancelled
 * (refunded in full elsewhere) closes too. Otherwise as approval.
 */
export function windowEndOutcome(order: CancelOrderFacts): "refund" | "intercept" | "close" {
  if (order.status === "completed" || order.status === "cancelled" || isUnpaidOrder(order.status)) return "close";
  return approvalOutcome(order);
}

/**
 * A failed interception (decision; the SPEC is silent): the parcel goes on to the consumer.
 * The cancel order becomes interception_failed — no automatic refund, no longer in motion.
 * Both parties are notified; the merchant may still refund (force_refund); the consumer may
 * refuse delivery or return the goods after receipt, and, while a cancel dispute still waits
 * for their confirmation, reject the plan so the platform judges (DSP-2/DSP-5).
 * A delivery reported signed or completed while an interception runs means it failed.
 */
export const interceptionFailedOutcome = "interception_failed" as const satisfies CancelOrderStatus;

export type CancelPlanKeyName = "direct_refund" | "agreed_rejection" | "intercept_48h";

/**
 * DSP-CXL-1..5: whether each cancel plan can be chosen now (null) or why not. Settling a
 * pending consumer request never blocks a plan (DSP-CXL-5).
 * - direct_refund: something is still refundable. A running interception is settled by it.
 * - agreed_rejection: always.
 * - intercept_48h: something is still refundable, the parcel is in transit (order shipped),
 *   and no interception is already running (a pending request is fine: it is settled).
 */
export function cancelPlanAvailability(f: {
  order: CancelOrderFacts;
  live: { status: CancelOrderStatus } | null;
  refundableFen: number;
}): Record<CancelPlanKeyName, LocalizedText | null> {
  const refunded: LocalizedText | null =
    f.refundableFen <= 0 || f.order.status === "cancelled"
      ? { "zh-CN": "订单已全额退款", en: "The order was already refunded in full" }
      : null;
  let intercept: LocalizedText | null = refunded;
  if (!intercept && f.order.status === "paid")
    intercept = {
      "zh-CN": "订单尚未发货,无需拦截,请选择直接退款",
      en: "Nothing has shipped yet: there is nothing to intercept; choose direct refund",
    };
  if (!intercept && f.order.status !== "shipped")
    intercept = {
      "zh-CN": "包裹已签收或订单已完成,无法拦截",
      en: "The parcel was already delivered or the order completed; it cannot be intercepted",
    };
  if (!intercept && f.live && f.live.status !== "pending")
    intercept = { "zh-CN": "该订单已有进行中的物流拦截", en: "An interception is already running for this order" };
  return { direct_refund: refunded, agreed_rejection: null, intercept_48h: intercept };
}

/**
 * DSP-CXL-7: may a cancellation dispute be opened now, judged by the order's latest cancel
 * order (the consumer's request; a dispute plan's own records are never pending or rejected).
 * - rejected by the merchant → at once;
 * - still pending → once its review deadline is reached. "Waited past the review window" follows
 *   the deadline rule of server/domain/deadlines.ts (isPastDue): at the deadline exactly the
 *   window is over, so the page's "from <deadline> on" is exact to the millisecond;
 * - anything else (no request, withdrawn, approved, intercepting…) → the consumer asks to
 *   cancel first: the merchant gets to review before any dispute.
 */
export type CancelDisputeGate =
  | { kind: "open"; basis: "rejected" | "review_overdue" }
  | { kind: "wait"; availableAt: Date }
  | { kind: "request_first" };

export function cancelDisputeGate(
  latest: { status: CancelOrderStatus; reviewDueAt: Date } | null,
  now: Date,
): CancelDisputeGate {
  if (latest?.status === "rejected") return { kind: "open", basis: "rejected" };
  if (latest?.status !== "pending") return { kind: "request_first" };
  if (isPastDue(latest.reviewDueAt, now)) return { kind: "open", basis: "review_overdue" };
  return { kind: "wait", availableAt: latest.reviewDueAt };
}
