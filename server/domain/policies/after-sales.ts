import type { AfterSalesReason, RequirementCode, ServiceType } from "../after-sales";
import type { LocalizedText } from "../errors";
import { imageKinds } from "../files";
import { DAY_MS, HOUR_MS } from "../time";
import type { EvidenceSlot } from "./types";

/** One reason of the consumer's list and what it implies. */
export interface AfterSalesReasonRule {
  key: AfterSalesReason;
  label: LocalizedText;
  /** The merchant's fault (a defect, damage, a wrong or missing item): the merchant bears return shipping. */
  merchantFault: boolean;
  /** The application needs at least one photo. */
  photosRequired: boolean;
  /** The application needs a written description (else it is optional). */
  descriptionRequired: boolean;
}

/** AS-7: which window an application is measured against (all from signing). */
export type ApplicationWindow = "no_reason" | "quality" | "warranty" | "service";

/** AS-1/AS-7: which reasons a type may be applied for with, and under which window. */
export interface ApplicationRule {
  type: ServiceType;
  reasons: readonly AfterSalesReason[];
  window: ApplicationWindow;
}

/** AS-6: the ticket one missed merchant deadline raises, once per service order. */
export interface AfterSalesTimeoutViolation {
  rule: string;
  points: number;
  reason: LocalizedText;
}

export type MerchantDeadlineKind = "review" | "processing" | "repair" | "on_site";

export interface AfterSalesPolicy {
  id: string;
  version: number;
  name: LocalizedText;
  reasons: readonly AfterSalesReasonRule[];
  applicationRules: readonly ApplicationRule[];
  windows: { noReasonMs: number; qualityMs: number; defaultWarrantyDays: number; serviceMs: number };
  /** AS-2: the review window, shorter for 七天无理由; what a missed review does. */
  review: { windowMs: number; noReasonWindowMs: number; timeoutOutcome: "approve" | "close" };
  /** AS-8: how long a proposal waits; the least time the merchant gets back when it returns. */
  consent: { windowMs: number; resumeFloorMs: number };
  /** The consumer ships the return within this long of approval, or the service order closes. */
  returnShipmentMs: number;
  /** AS-4: processing after receipt, and what a missed processing deadline does. */
  processing: { windowMs: number; timeoutOutcome: "refund_returns" | "none" };
  /** AS-3: on-site work from approval; send-in repair from receipt. */
  repair: { onSiteMs: number; sendInMs: number };
  /** The consumer checks an on-site completion within this long; silence confirms. */
  completionCheckMs: number;
  /** NTF-1: remind the merchant this long before each of its deadlines. */
  reminderBeforeMs: number;
  violations: Record<MerchantDeadlineKind, AfterSalesTimeoutViolation>;
  /** SVC-2: a flash-refunded return with no delivery event this long after shipping is flagged. */
  flashRefundMissingAfterMs: number;
  /** SVC-3/AS-5: the most a shipping deduction may be. */
  maxShippingDeductionFen: number;
  description: { maxLength: number; minLengthWhenRequired: number };
  requirements: readonly { code: RequirementCode; label: LocalizedText; params: readonly string[] }[];
  slots: { application: EvidenceSlot; receipt: EvidenceSlot; visit: EvidenceSlot };
}

const photoSlot = (key: string, label: LocalizedText): EvidenceSlot => ({
  key,
  label,
  accepts: imageKinds,
  min: 0,
  max: 9,
});

/**
 * JD after-sales rules (AS-1..8, SVC-1..3), version 1. A service order keeps the version it was
 * applied under to the end (ROL-1: service_orders.policy_version).
 *
 * Choices where the SPEC is silent (written down as it asks):
 * - Windows run from signing (orders.signed_at; a completed order without one: completed_at) and
 *   close at the instant exactly (deadlines.ts): 7 days for 七天无理由 returns, 15 days for the
 *   quality reasons. 其他 is not a quality claim: a return or exchange for 其他 gets the 7-day
 *   window (and is reviewed in 48h; SVC-1/2 are only for 七天无理由). 七天无理由 is for returns only.
 * - Repair: 质量问题, 商品破损 or 其他 within the item's warranty (order_items.warranty_days; 0 means
 *   none) or 365 days. Installation, setup and training: reason 其他, within 30 days of signing.
 * - A missed review approves (JD's rule): the consumer is not left waiting for a silent merchant,
 *   and the merchant gets the AS-2 ticket. `timeoutOutcome: "close"` is the other setting.
 * - A proposal stops the merchant's clock (like a pause, ROL-3): refused or lapsed, the merchant
 *   gets the time it had left back, but at least 4h (the reminder lead) to act on the answer.
 * - The consumer ships the return within 7 days of approval or the service order closes (they
 *   may apply again while a window is open). Nobody's clock runs while the parcel travels, except
 *   SVC-2's 7-day watch on a flash-refunded return.
 * - A missed processing deadline on a return refunds it in full (JD 超时未处理自动退款): the
 *   consumer's goods are back, the money should be too. Other results cannot be made by the
 *   system; the ticket is the only consequence and the row stays overdue in the queue.
 * - A missed repair or on-site deadline raises its ticket and the row stays overdue (AS-6).
 * - On-site completion: the consumer confirms within 72h (as DSP-2); silence confirms; "not done"
 *   returns it to the merchant with the AS-3 clock still counting from approval.
 * - Points: review and processing 2 (as the other reply timeouts), repair and on-site 4 — the
 *   consumer is without working goods the whole time. The rule is the missed clause (AS-2, AS-4,
 *   AS-3), so each deadline raises its own ticket once per service order.
 * - Shipping deductions only for 七天无理由 and 其他 (the consumer's choice), at most ¥30, never
 *   with 运费险 (SVC-3). Every deduction needs consent (AS-5); together they stay below the goods.
 */
export const afterSalesV1: AfterSalesPolicy = {
  id: "jd.after_sales",
  version: 1,
  name: { "zh-CN": "京东售后服务规则", en: "JD after-sales rules" },
  reasons: [
    {
      key: "no_reason_7d",
      label: { "zh-CN": "七天无理由", en: "7-day no-reason return" },
      merchantFault: false,
      photosRequired: false,
      descriptionRequired: false,
    },
    {
      key: "quality_issue",
      label: { "zh-CN": "质量问题", en: "Quality problem" },
      merchantFault: true,
      photosRequired: true,
      descriptionRequired: true,
    },
    {
      key: "damaged",
      label: { "zh-CN": "商品破损", en: "Damaged goods" },
      merchantFault: true,
      photosRequired: true,
      descriptionRequired: false,
    },
    {
      key: "wrong_item",
      label: { "zh-CN": "发错货", en: "Wrong item sent" },
      merchantFault: true,
      photosRequired: true,
      descriptionRequired: false,
    },
    {
      key: "missing_parts",
      label: { "zh-CN": "少件/漏发", en: "Missing parts or items" },
      merchantFault: true,
      photosRequired: true,
      descriptionRequired: true,
    },
    {
      key: "other",
      label: { "zh-CN": "其他", en: "Other" },
      merchantFault: false,
      photosRequired: false,
      descriptionRequired: true,
    },
  ],
  applicationRules: [
    { type: "return", reasons: ["no_reason_7d", "other"], window: "no_reason" },
    { type: "return", reasons: ["quality_issue", "damaged", "wrong_item", "missing_parts"], window: "quality" },
    { type: "exchange", reasons: ["other"], window: "no_reason" },
    { type: "exchange", reasons: ["quality_issue", "damaged", "wrong_item", "missing_parts"], window: "quality" },
    { type: "repair", reasons: ["quality_issue", "damaged", "other"], window: "warranty" },
    { type: "installation", reasons: ["other"], window: "service" },
    { type: "setup", reasons: ["other"], window: "service" },
    { type: "training", reasons: ["other"], window: "service" },
  ],
  windows: { noReasonMs: 7 * DAY_MS, qualityMs: 15 * DAY_MS, defaultWarrantyDays: 365, serviceMs: 30 * DAY_MS },
  review: { windowMs: 48 * HOUR_MS, noReasonWindowMs: 24 * HOUR_MS, timeoutOutcome: "approve" },
  consent: { windowMs: 48 * HOUR_MS, resumeFloorMs: 4 * HOUR_MS },
  returnShipmentMs: 7 * DAY_MS,
  processing: { windowMs: 48 * HOUR_MS, timeoutOutcome: "refund_returns" },
  repair: { onSiteMs: 7 * DAY_MS, sendInMs: 30 * DAY_MS },
  completionCheckMs: 72 * HOUR_MS,
  reminderBeforeMs: 4 * HOUR_MS,
  violations: {
    review: {
      rule: "AS-2",
      points: 2,
      reason: {
        "zh-CN": "售后服务单未在审核时限内审核",
        en: "After-sales service order not reviewed within its review window",
      },
    },
    processing: {
      rule: "AS-4",
      points: 2,
      reason: {
        "zh-CN": "退回商品收货后 48 小时内未处理售后服务单",
        en: "Service order not processed within 48h of receiving the returned goods",
      },
    },
    repair: {
      rule: "AS-3",
      points: 4,
      reason: {
        "zh-CN": "寄修商品收货后 30 天内未完成维修",
        en: "Send-in repair not completed within 30 days of receipt",
      },
    },
    on_site: {
      rule: "AS-3",
      points: 4,
      reason: {
        "zh-CN": "上门服务审核通过后 7 天内未完成",
        en: "On-site service not completed within 7 days of approval",
      },
    },
  },
  flashRefundMissingAfterMs: 7 * DAY_MS,
  maxShippingDeductionFen: 3000,
  description: { maxLength: 500, minLengthWhenRequired: 5 },
  requirements: [
    {
      code: "no_cod_return",
      label: { "zh-CN": "运费不得到付", en: "Return shipping may not be cash-on-delivery" },
      params: [],
    },
    { code: "return_address", label: { "zh-CN": "退货地址", en: "Return address" }, params: ["address"] },
    {
      code: "include_accessories",
      label: { "zh-CN": "请将配件、赠品一并寄回", en: "Send back all accessories and gifts" },
      params: [],
    },
    { code: "visit_window", label: { "zh-CN": "上门时间", en: "Visit window" }, params: ["from", "to"] },
  ],
  slots: {
    application: photoSlot("application_photos", { "zh-CN": "商品问题照片", en: "Photos of the problem" }),
    receipt: photoSlot("receipt_photos", { "zh-CN": "收货验货照片", en: "Photos of the received goods" }),
    visit: photoSlot("visit_photos", { "zh-CN": "上门服务照片", en: "Photos of the visit" }),
  },
};

export function reasonRule(policy: AfterSalesPolicy, reason: AfterSalesReason): AfterSalesReasonRule {
  const rule = policy.reasons.find((r) => r.key === reason);
  // Every policy lists every reason; a missing one is a policy bug, treated as the strictest.
  return (
    rule ?? {
      key: reason,
      label: { "zh-CN": reason, en: reason },
      merchantFault: true,
      photosRequired: true,
      descriptionRequired: true,
    }
  );
}

/** AS-2: the review window — 24h for 七天无理由, 48h otherwise. */
export function reviewWindowMs(policy: AfterSalesPolicy, reason: AfterSalesReason): number {
  return reason === "no_reason_7d" ? policy.review.noReasonWindowMs : policy.review.windowMs;
}
