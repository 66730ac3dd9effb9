import type { LocalizedText } from "../errors";
import { imageKinds } from "../files";
import type { ViolationStatus } from "../violation";
import { forgedEvidenceViolation } from "./collaborative";
import { judgmentConsequences } from "./judgment-consequences";
import type { EvidenceSlot } from "./types";
import { brokenObligationViolation } from "./invoice-obligation-rules";
import { brokenPromiseViolation } from "./urge-invoice";
import { afterSalesPolicies } from "./registry";
import { manualViolationRules, violationRulesV1, workOrderTimeoutViolations } from "./violation-rule-policy";

export {
  manualViolationRules,
  workOrderTimeoutViolations,
  VIOLATION_APPEAL_WINDOW_MS,
  type ManualViolationRule,
  type TimeoutViolation,
} from "./violation-rule-policy";

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

/** VIO-1: a rule an admin may raise a ticket under, in the given violation-rule version (ROL-1). */
export function manualRule(
  rule: string,
  policy: {
    manualRules: readonly { rule: string; label: LocalizedText; points: readonly number[] }[];
  } = violationRulesV1,
) {
  return policy.manualRules.find((r) => r.rule === rule);
}

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
