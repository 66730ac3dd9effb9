import { DAY_MS } from "../time";
import type { LocalizedText } from "../errors";
import { imageKinds } from "../files";
import type { ViolationStatus } from "../violation";
import type { WorkOrderType } from "../work-order";
import { forgedEvidenceViolation } from "./collaborative";
import { judgmentConsequences } from "./judgment-consequences";
import type { EvidenceSlot } from "./types";
import { brokenObligationViolation } from "./invoice-obligation-rules";
import { brokenPromiseViolation } from "./urge-invoice";
import { afterSalesPolicies } from "./registry";

/**
 * VIO-1..3 as data: the response window, the evidence an appeal carries, which rules an admin
 * may raise a ticket under by hand (and with how many points), and which expired work orders
 * raise one by themselves. Version 1.
 *
 * Choices where the SPEC is silent (written down as it asks):
 * - Points count only while a ticket is `effective`. An `overturned` ticket keeps its points on
 *   the row (what was claimed stays on record) but no total, metric or list sum counts them
 *   (VIO-3: "overturned tickets carry no points"); `pending` and `appealed` tickets do not count
 *   yet. Metrics sum `points` where `status = 'effective'`, by `effective_at`.
 * - A ticket left alone takes effect at its due instant: `effective_at = due_at`, whenever the
 *   sweeper gets to it (a sweep lag or a jump of the demo clock never moves the day points start
 *   to count); `decided_at` is when the system applied it, `decided_by = 'system'`.
 * - Confirming takes effect at once (`effective_at = now`); an upheld appeal takes effect when it
 *   is decided (the merchant was entitled to wait for the reviewer).
 * - An appeal stops the clock: an `appealed` ticket never takes effect by itself, however long the
 *   review takes.
 * - The window is closed at `due_at` exactly (deadlines.ts): confirming or appealing at or after it
 *   is refused; the ticket takes effect by itself.
 */
/** VIO-2: the merchant confirms or appeals within 7 days of the decision that raised the ticket. */
export const VIOLATION_APPEAL_WINDOW_MS = 7 * DAY_MS;

/** VIO-3: the written statement of an appeal. */
export const APPEAL_STATEMENT_MIN = 10;
export const APPEAL_STATEMENT_MAX = 2000;

/** VIO-3: an appeal carries evidence — at least one image or PDF, at most 9. */
export const appealEvidenceSlot: EvidenceSlot = {
  key: "appeal_evidence",
  label: { "zh-CN": "申诉凭证", en: "Appeal evidence" },
  accepts: [...imageKinds, "pdf"],
  min: 1,
  max: 9,
};

/** Whether a ticket's points count now (see the choices above). */
export function countedPoints(t: { status: ViolationStatus; points: number }): number {
  return t.status === "effective" ? t.points : 0;
}

export interface ManualViolationRule {
  rule: string;
  label: LocalizedText;
  /** The point values an admin may choose for it (the first is the default). */
  points: readonly number[];
}

/**
 * VIO-1: rules an admin may raise a ticket under by hand, each with the points it may carry.
 * Weights follow the system-raised ones: invoicing failures 2 points (as INV-6 and DSP-5),
 * untruthful replies 6, forged evidence 12 ordinary / 48 serious (WO-TM-7).
 */
export const manualViolationRules: readonly ManualViolationRule[] = [
  {
    rule: "INV-2",
    label: { "zh-CN": "无正当理由拒绝开票", en: "Refused to invoice without a valid reason" },
    points: [2],
  },
  {
    rule: "INV-6",
    label: { "zh-CN": "承诺开票时间未履约", en: "Agreed invoicing date passed without an invoice" },
    points: [2],
  },
  {
    rule: "WO-TM-2",
    label: { "zh-CN": "协同工单回复不实", en: "Untruthful reply to a collaborative work order" },
    points: [6],
  },
  { rule: "WO-TM-7", label: { "zh-CN": "提交伪造凭证", en: "Forged evidence submitted" }, points: [12, 48] },
  { rule: "AS-6", label: { "zh-CN": "售后服务单超时未处理", en: "After-sales deadline missed" }, points: [2] },
];

export function manualRule(rule: string): ManualViolationRule | undefined {
  return manualViolationRules.find((r) => r.rule === rule);
}

export interface TimeoutViolation {
  rule: string;
  points: number;
  reason: LocalizedText;
}

/**
 * VIO-1 "missed deadlines": the work-order types whose expiry (no reply by the deadline, INV-7 /
 * WO-2) raises one ticket against the shop. Only tickets the shop earned: an FBP work order is
 * the platform's own (SHOP-1), so none. Collaborative work orders do not expire — the timeout
 * sends them to platform judgment (WO-TM-5), and the judgment decides the consequence.
 */
export const workOrderTimeoutViolations: Partial<Record<WorkOrderType, TimeoutViolation>> = {
  urge_invoice: {
    rule: "INV-7",
    points: 2,
    reason: { "zh-CN": "催开票工单 24 小时内未回复,已超时", en: "Urge-invoice work order not answered within 24h" },
  },
  not_received: {
    rule: "WO-2",
    points: 2,
    reason: { "zh-CN": "平台介入工单(未收到货)超时未处理", en: "Not-received work order not answered by its deadline" },
  },
  missing_items: {
    rule: "WO-2",
    points: 2,
    reason: {
      "zh-CN": "平台介入工单(少发漏发)超时未处理",
      en: "Missing-items work order not answered by its deadline",
    },
  },
};

/** AS-6: the tickets missed after-sales deadlines raise, across every after-sales policy version. */
const afterSalesTimeoutViolations = afterSalesPolicies.flatMap((p) => Object.values(p.violations));

/** Every rule a ticket is raised under today (system and by hand), for filters. */
export const knownViolationRules: readonly string[] = [
  ...new Set([
    "INV-6",
    "DSP-5",
    brokenObligationViolation.rule,
    ...Object.values(workOrderTimeoutViolations).map((v) => v.rule),
    ...afterSalesTimeoutViolations.map((v) => v.rule),
    ...manualViolationRules.map((r) => r.rule),
  ]),
];

/**
 * System-raised tickets store the policy's zh-CN reason (the record is written once, in the
 * platform's language); readers in English see the policy's English words for the same reason.
 * A forged-evidence reason is the policy's words followed by the admin's own grounds.
 */
const judgedAgainstMerchant = judgmentConsequences({
  scenario: "invoice_refused",
  liableParty: "merchant",
  remedy: "none",
  amountFen: null,
}).violation;
const systemReasons: readonly LocalizedText[] = [
  brokenPromiseViolation.reason,
  brokenObligationViolation.reason,
  ...Object.values(workOrderTimeoutViolations).map((v) => v.reason),
  ...afterSalesTimeoutViolations.map((v) => v.reason),
  ...(judgedAgainstMerchant ? [judgedAgainstMerchant.reason] : []),
];

export function localizedReason(reason: string, locale: string): string {
  if (locale === "zh-CN") return reason;
  const known = systemReasons.find((r) => r["zh-CN"] === reason);
  if (known) return known.en;
  const forged = `${forgedEvidenceViolation.reason["zh-CN"]}:`;
  return reason.startsWith(forged) ? `${forgedEvidenceViolation.reason.en}: ${reason.slice(forged.length)}` : reason;
}
