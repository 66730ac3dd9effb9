import type {
  ProposalKind,
  ProposalStage,
  ProposalStatus,
  RepairMode,
  ServiceCloseReason,
  ServiceOrderStatus,
  ServiceResult,
  ServiceTrack,
  ServiceType,
} from "./after-sales";
import { isPastDue } from "./deadlines";
import type { ServiceOrderEvent } from "./machines/service-order";
import { acceptedResults } from "./service-order-results";

/**
 * AS-5/AS-8: proposals (consent requests). The merchant may not reject, change the requested
 * result or deduct without the consumer's consent. A proposal stops the merchant's clock; the
 * consumer accepts or refuses within the policy's window; silence lapses it and the original
 * request stands. A refused proposal may go to the platform.
 *
 * Choices where the SPEC is silent:
 * - Where a proposal can be made: in review (reject; change the result of a goods request), in
 *   processing (change the result; a refund with deductions) and during a send-in repair (change
 *   the result: e.g. irreparable → 换新 or refund). On-site work can only be proposed rejected.
 * - One proposal of each kind per stage: a merchant cannot stall by proposing again and again.
 * - Proposals are made before the merchant's deadline (at the due instant the timeout applies).
 * - An accepted deduction carries the whole refund: accepting makes it (goods − deductions).
 * - An accepted change in review approves with the new result; in processing the merchant then
 *   processes with it in the time it had left; during a repair it starts a fresh processing window
 *   (the goods are at hand, but the result is new).
 */
export function proposalStageOf(status: ServiceOrderStatus): ProposalStage | null {
  if (status === "pending_review") return "review";
  if (status === "awaiting_processing") return "processing";
  if (status === "repairing") return "repair";
  return null;
}

export function proposalKindsFor(stage: ProposalStage, track: ServiceTrack): readonly ProposalKind[] {
  if (stage === "review") return track === "goods" ? ["reject", "change_result"] : ["reject"];
  if (stage === "processing") return ["change_result", "deduction"];
  return ["change_result"];
}

/** The results a change may propose at a stage (原返 needs the goods inspected first). */
export function changeTargetsFor(stage: ProposalStage): readonly ServiceResult[] {
  return stage === "processing"
    ? ["refund", "exchange_new", "return_original", "offline_exchange"]
    : ["refund", "exchange_new", "offline_exchange"];
}

export type ProposalProblem =
  | "not_in_this_state"
  | "kind_not_allowed"
  | "deadline_passed"
  | "already_proposed"
  | "change_target_required"
  | "change_target_not_allowed"
  | "no_consent_needed";

export interface ProposalRequest {
  status: ServiceOrderStatus;
  track: ServiceTrack;
  type: ServiceType;
  repairMode: RepairMode | null;
  agreedResult: ServiceResult | null;
  /** The merchant's current deadline. */
  dueAt: Date | null;
  previous: readonly { kind: ProposalKind; stage: ProposalStage }[];
  kind: ProposalKind;
  changeTo: ServiceResult | null;
}

/** May the merchant make this proposal now? The first problem, or null. */
export function proposalProblem(r: ProposalRequest, now: Date): ProposalProblem | null {
  const stage = proposalStageOf(r.status);
  if (!stage) return "not_in_this_state";
  if (!proposalKindsFor(stage, r.track).includes(r.kind)) return "kind_not_allowed";
  if (r.dueAt && isPastDue(r.dueAt, now)) return "deadline_passed";
  if (r.previous.some((p) => p.kind === r.kind && p.stage === stage)) return "already_proposed";
  if (r.kind !== "change_result") return null;
  if (!r.changeTo) return "change_target_required";
  if (!changeTargetsFor(stage).includes(r.changeTo)) return "change_target_not_allowed";
  const current = r.agreedResult ? [r.agreedResult] : acceptedResults(r.type, r.repairMode);
  return current.includes(r.changeTo) ? "no_consent_needed" : null;
}

export type ConsentDecision = Extract<ProposalStatus, "accepted" | "refused" | "lapsed">;

/**
 * What the consumer's answer (or silence) does:
 * - event: the transition from awaiting_consumer;
 * - applyProposal: the proposal takes effect (agreed result, or the refund with deductions);
 * - deadline: `fresh` — the new status's own clock from now; `resume` — the time the merchant had
 *   left (resumedDeadline); `none` — the service order ends;
 * - mayEscalate: a refused proposal may go to the platform (AS-8); a lapsed one may not — the
 *   consumer did not object, the request simply stands.
 */
export interface ConsentResolution {
  event: ServiceOrderEvent;
  closeReason?: ServiceCloseReason;
  applyProposal: boolean;
  deadline: "fresh" | "resume" | "none";
  mayEscalate: boolean;
}

const resumeEvent: Record<ProposalStage, ServiceOrderEvent> = {
  review: "resume_review",
  processing: "resume_processing",
  repair: "resume_repair",
};

export function consentResolution(
  proposal: { kind: ProposalKind; stage: ProposalStage },
  decision: ConsentDecision,
): ConsentResolution {
  if (decision !== "accepted")
    return {
      event: resumeEvent[proposal.stage],
      applyProposal: false,
      deadline: "resume",
      mayEscalate: decision === "refused",
    };
  if (proposal.kind === "reject")
    return {
      event: "close",
      closeReason: "rejected_with_consent",
      applyProposal: true,
      deadline: "none",
      mayEscalate: false,
    };
  if (proposal.kind === "deduction")
    return { event: "process", applyProposal: true, deadline: "none", mayEscalate: false };
  if (proposal.stage === "review")
    return { event: "approve", applyProposal: true, deadline: "fresh", mayEscalate: false };
  return {
    event: "resume_processing",
    applyProposal: true,
    deadline: proposal.stage === "processing" ? "resume" : "fresh",
    mayEscalate: false,
  };
}

/**
 * AS-8: platform intervention. From review, processing or repair after the consumer refused that
 * stage's latest proposal; from on-site work after the consumer said it was not done. Either
 * party may ask.
 */
export function escalationProblem(f: {
  status: ServiceOrderStatus;
  lastProposal: { stage: ProposalStage; status: ProposalStatus } | null;
  completionDisputed: boolean;
}): "not_in_this_state" | "nothing_refused" | null {
  if (f.status === "awaiting_visit" || f.status === "visit_scheduled")
    return f.completionDisputed ? null : "nothing_refused";
  const stage = proposalStageOf(f.status);
  if (!stage) return "not_in_this_state";
  return f.lastProposal?.stage === stage && f.lastProposal.status === "refused" ? null : "nothing_refused";
}

const closeReasonsByStatus: Partial<Record<ServiceOrderStatus, readonly ServiceCloseReason[]>> = {
  pending_review: ["withdrawn", "review_timeout"],
  awaiting_return: ["withdrawn", "return_not_shipped"],
  awaiting_consumer: ["withdrawn", "rejected_with_consent"],
  awaiting_visit: ["withdrawn"],
  visit_scheduled: ["withdrawn"],
  platform_review: ["platform_decision"],
};

/**
 * May the service order close for this reason now? Once the goods are with the merchant it ends
 * with a result (AS-4: e.g. 原返), never by closing: no withdrawal and no platform close then.
 */
export function closeAllowed(
  status: ServiceOrderStatus,
  reason: ServiceCloseReason,
  f: { goodsWithMerchant: boolean },
): boolean {
  if (f.goodsWithMerchant && (reason === "withdrawn" || reason === "platform_decision")) return false;
  return closeReasonsByStatus[status]?.includes(reason) ?? false;
}
