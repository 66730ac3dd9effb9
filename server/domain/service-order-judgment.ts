import type { ServiceOrderStatus, ServiceResult, ServiceTrack } from "./after-sales";
import type { LocalizedText } from "./errors";
import type { ServiceOrderEvent } from "./machines/service-order";

/**
 * AS-8: what the platform may decide on an after-sales case in platform_review. Each decision is
 * one of the machine's platform_review events:
 * - approve / approve_visit: the merchant's refused rejection or change is overruled at review;
 *   the request goes ahead as asked (or as the platform agrees, `agreedResult`);
 * - resume_processing: back to the merchant to process, with the result the platform agreed;
 * - resume_repair: back to repairing (the merchant gets the time it had left);
 * - resume_visit: the on-site work was not done; the merchant visits again;
 * - refund: the platform processes it as a refund itself, once, through the ledger;
 * - confirm_completion: the on-site work was done;
 * - close: the merchant's rejection stands (review stage only: once the goods are with the
 *   merchant it ends with a result, never by closing).
 */
export const serviceOrderDecisions = [
  "approve",
  "approve_visit",
  "resume_processing",
  "resume_repair",
  "resume_visit",
  "refund",
  "confirm_completion",
  "close",
] as const;
export type ServiceOrderDecision = (typeof serviceOrderDecisions)[number];

/** The machine event each decision fires from platform_review. */
export const decisionEvent: Record<ServiceOrderDecision, ServiceOrderEvent> = {
  approve: "approve",
  approve_visit: "approve_visit",
  resume_processing: "resume_processing",
  resume_repair: "resume_repair",
  resume_visit: "resume_visit",
  refund: "process",
  confirm_completion: "confirm_completion",
  close: "close",
};

/**
 * Where the case came from (the status it was escalated from): a refused proposal at review,
 * processing or repair, or on-site work the consumer said was not done.
 */
export type EscalationOrigin = "review" | "processing" | "repair" | "completion";

export function escalationOriginOf(from: ServiceOrderStatus | null): EscalationOrigin | null {
  switch (from) {
    case "pending_review":
      return "review";
    case "awaiting_processing":
      return "processing";
    case "repairing":
      return "repair";
    case "awaiting_visit":
    case "visit_scheduled":
      return "completion";
    default:
      return null;
  }
}

/** The decisions open for a case of this origin and track, the most usual first. */
export function decisionsFor(origin: EscalationOrigin, track: ServiceTrack): readonly ServiceOrderDecision[] {
  switch (origin) {
    case "review":
      return [track === "goods" ? "approve" : "approve_visit", "close"];
    case "processing":
      return ["resume_processing", "refund"];
    case "repair":
      return ["resume_repair", "refund"];
    case "completion":
      return ["resume_visit", "confirm_completion", "refund"];
  }
}

/** Decisions that may name the result the platform agrees to (instead of the requested one). */
export function decisionTakesResult(d: ServiceOrderDecision): boolean {
  return d === "approve" || d === "resume_processing";
}

/**
 * Is `result` one the platform may agree to for a goods-track request? Any AS-4 result fits a
 * return or exchange; a send-in repair ends with 原返 or a refund.
 */
export function agreedResultFits(f: { track: ServiceTrack; isSendInRepair: boolean }, result: ServiceResult): boolean {
  if (f.track !== "goods") return false;
  if (f.isSendInRepair) return result === "return_original" || result === "refund";
  return true;
}

/**
 * VIO-1/AS-8: a decision against the merchant may raise one violation ticket (the adjudicator
 * chooses), under rule AS-8 — 2 points, as a dispute judgment against the merchant (DSP-5).
 */
export const serviceOrderJudgmentViolation: { rule: string; points: number; reason: LocalizedText } = {
  rule: "AS-8",
  points: 2,
  reason: {
    "zh-CN": "售后服务单经平台介入判定,商家负有责任",
    en: "Platform intervention on an after-sales case found the merchant at fault",
  },
};
