import type {
  AfterSalesReason,
  DeadlineParty,
  ServiceCloseReason,
  ServiceDeadlineKind,
  ServiceOrderStatus,
  ServiceResult,
  ServiceTrack,
} from "./after-sales";
import { dueAfter, isPastDue, msLeft } from "./deadlines";
import { approvalEvent, type ServiceOrderEvent } from "./machines/service-order";
import { reviewWindowMs, type AfterSalesPolicy, type AfterSalesTimeoutViolation } from "./policies/after-sales";
import type { PlatformDeadlinePolicy } from "./policies/platform-deadlines";

/**
 * The one deadline a service order runs in each status, whose move it waits for, and what
 * missing it does. Deadlines are exact elapsed time and over at the due instant (deadlines.ts).
 *
 * The instant each clock starts (the caller passes it as `start.at`):
 * pending_review      — the application (AS-2: 24h for 七天无理由, else 48h)
 * awaiting_return     — the approval (the consumer ships within 7 days)
 * awaiting_receipt    — the return's shipping, only when flash-refunded (SVC-2's watch); else none
 * awaiting_processing — the receipt (AS-4: 48h), or a platform decision sending it back
 * repairing           — the receipt (AS-3: 30 days)
 * awaiting_visit, visit_scheduled — the approval (AS-3: 7 days; a disputed completion keeps it)
 * completion_check    — the recorded completion (72h; silence confirms)
 * awaiting_consumer   — the proposal (AS-8: 48h; silence lapses it)
 * platform_review     — the escalation (the platform's own service level)
 * A status a proposal returns to gets the time it had left instead (resumedDeadline).
 */
export interface ServiceDeadline {
  kind: ServiceDeadlineKind;
  party: DeadlineParty;
  startedAt: Date;
  dueAt: Date;
  windowMs: number;
}

export interface DeadlineStart {
  at: Date;
  reason: AfterSalesReason;
  /** SVC-2: the return was refunded when its tracking number was entered. */
  flashRefunded: boolean;
}

export interface DeadlinePolicies {
  afterSales: AfterSalesPolicy;
  platform: PlatformDeadlinePolicy;
}

export const deadlinePartyOf: Record<ServiceDeadlineKind, DeadlineParty> = {
  review: "merchant",
  return_shipment: "consumer",
  return_arrival: "carrier",
  processing: "merchant",
  repair: "merchant",
  on_site: "merchant",
  completion_check: "consumer",
  consent: "consumer",
  platform: "platform",
};

export function deadlineKindOf(status: ServiceOrderStatus, flashRefunded: boolean): ServiceDeadlineKind | null {
  switch (status) {
    case "pending_review":
      return "review";
    case "awaiting_return":
      return "return_shipment";
    case "awaiting_receipt":
      return flashRefunded ? "return_arrival" : null;
    case "awaiting_processing":
      return "processing";
    case "repairing":
      return "repair";
    case "awaiting_visit":
    case "visit_scheduled":
      return "on_site";
    case "completion_check":
      return "completion_check";
    case "awaiting_consumer":
      return "consent";
    case "platform_review":
      return "platform";
    case "completed":
    case "closed":
      return null;
  }
}

export function deadlineWindowMs(kind: ServiceDeadlineKind, reason: AfterSalesReason, p: DeadlinePolicies): number {
  const a = p.afterSales;
  const windows: Record<ServiceDeadlineKind, number> = {
    review: reviewWindowMs(a, reason),
    return_shipment: a.returnShipmentMs,
    return_arrival: a.flashRefundMissingAfterMs,
    processing: a.processing.windowMs,
    repair: a.repair.sendInMs,
    on_site: a.repair.onSiteMs,
    completion_check: a.completionCheckMs,
    consent: a.consent.windowMs,
    platform: p.platform.serviceOrder,
  };
  return windows[kind];
}

/** The deadline of a status entered with its clock starting at `start.at`; null where none runs. */
export function serviceOrderDeadline(
  status: ServiceOrderStatus,
  start: DeadlineStart,
  p: DeadlinePolicies,
): ServiceDeadline | null {
  const kind = deadlineKindOf(status, start.flashRefunded);
  if (!kind) return null;
  const windowMs = deadlineWindowMs(kind, start.reason, p);
  return { kind, party: deadlinePartyOf[kind], startedAt: start.at, dueAt: dueAfter(start.at, windowMs), windowMs };
}

/** How much of a deadline was left when a proposal stopped its clock (stored on the proposal). */
export function msLeftAtPause(dueAt: Date, pausedAt: Date): number {
  return Math.max(0, msLeft(dueAt, pausedAt));
}

/**
 * AS-8: a proposal refused or lapsed gives the merchant back the time it had left, at least the
 * policy's floor, counted from the moment the consumer answered (or the proposal lapsed).
 */
export function resumedDeadline(
  kind: ServiceDeadlineKind,
  leftMs: number,
  resumedAt: Date,
  policy: AfterSalesPolicy,
): ServiceDeadline {
  const windowMs = Math.max(leftMs, policy.consent.resumeFloorMs);
  return { kind, party: deadlinePartyOf[kind], startedAt: resumedAt, dueAt: dueAfter(resumedAt, windowMs), windowMs };
}

/** NTF-1: when to remind the merchant of its deadline (never before the clock started); null for others' deadlines. */
export function reminderAt(deadline: ServiceDeadline, policy: AfterSalesPolicy): Date | null {
  if (deadline.party !== "merchant") return null;
  const at = deadline.dueAt.getTime() - policy.reminderBeforeMs;
  return new Date(Math.max(at, deadline.startedAt.getTime()));
}

/** AS-8: a proposal waits this long for the consumer. */
export function proposalDueAt(proposedAt: Date, policy: AfterSalesPolicy): Date {
  return dueAfter(proposedAt, policy.consent.windowMs);
}

/** AS-8: a pending proposal lapses at its due instant exactly; answering then is too late. */
export function proposalLapsed(proposal: { status: string; dueAt: Date }, now: Date): boolean {
  return proposal.status === "pending" && isPastDue(proposal.dueAt, now);
}

/** What the facts of the service order say about a missed deadline. */
export interface TimeoutFacts {
  track: ServiceTrack;
  /** The result the service order is due to end with: agreed (consented) or else requested. */
  dueResult: ServiceResult | null;
}

/**
 * What the sweeper does when a deadline is reached (AS-6, AS-2, AS-4, AS-8, SVC-2):
 * - `violation`: raise this ticket (once per service order and rule);
 * - `event`: the transition to apply (null: the status stays and the row shows overdue);
 * - `refund`: with `process`, refund the goods in full (no deduction was agreed);
 * - `lapseProposal`: the pending proposal lapses — consentResolution says what follows;
 * - `flag`: tell the merchant (SVC-2: the flash-refunded return never arrived).
 */
export interface TimeoutEffect {
  violation: AfterSalesTimeoutViolation | null;
  event: ServiceOrderEvent | null;
  closeReason?: ServiceCloseReason;
  refund?: "full";
  lapseProposal?: true;
  flag?: "return_missing";
}

export function timeoutEffect(kind: ServiceDeadlineKind, facts: TimeoutFacts, policy: AfterSalesPolicy): TimeoutEffect {
  const v = policy.violations;
  switch (kind) {
    case "review":
      return policy.review.timeoutOutcome === "approve"
        ? { violation: v.review, event: approvalEvent(facts.track) }
        : { violation: v.review, event: "close", closeReason: "review_timeout" };
    case "return_shipment":
      return { violation: null, event: "close", closeReason: "return_not_shipped" };
    case "return_arrival":
      return { violation: null, event: null, flag: "return_missing" };
    case "processing":
      return policy.processing.timeoutOutcome === "refund_returns" && facts.dueResult === "refund"
        ? { violation: v.processing, event: "process", refund: "full" }
        : { violation: v.processing, event: null };
    case "repair":
      return { violation: v.repair, event: null };
    case "on_site":
      return { violation: v.on_site, event: null };
    case "completion_check":
      return { violation: null, event: "confirm_completion" };
    case "consent":
      return { violation: null, event: null, lapseProposal: true };
    case "platform":
      return { violation: null, event: null };
  }
}
