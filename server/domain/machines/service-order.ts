import type { ServiceOrderStatus, ServiceTrack } from "../after-sales";
import { machine, type TransitionTable } from "./machine";

/**
 * Events of a service order. Who acted (merchant, consumer, system, platform) and on what basis
 * (review timeout, 极速审核, consent, judgment…) is the audit event's actor and payload, not the
 * event: an approval is an approval whoever made it. A service order is created in
 * `pending_review` (apply); 极速审核 (SVC-1) approves it in the same transaction.
 */
export type ServiceOrderEvent =
  | "approve" // AS-2: approved; the goods come back (return, exchange, send-in repair)
  | "approve_visit" // AS-2: approved; someone visits (on-site repair, installation, setup, training)
  | "propose" // AS-5: reject / change result / deduction — the consumer must consent
  | "resume_review" // AS-8: a review-stage proposal refused or lapsed; the merchant reviews again
  | "resume_processing" // AS-8: back to processing (refused/lapsed, an agreed change, a platform decision)
  | "resume_repair" // AS-8: a repair-stage proposal refused or lapsed
  | "resume_visit" // the platform found on-site work not done
  | "ship_return" // the consumer entered carrier and tracking number
  | "receive" // AS-4: received — merchant click, logistics signature or platform (FBP)
  | "receive_for_repair" // AS-3: a send-in repair received; the 30 days start
  | "receive_refunded" // SVC-2: a flash-refunded return arrived; nothing is left to process
  | "process" // AS-4: exactly one result (refund, 换新, 原返, 线下换新)
  | "complete_repair" // AS-3: repaired and shipped back (原返)
  | "schedule_visit" // the merchant set (or moved) the visit window
  | "record_visit" // AS-3: the merchant recorded the visit and the completion
  | "confirm_completion" // the consumer confirmed (or was silent; or the platform found it done)
  | "dispute_completion" // the consumer says the on-site work was not done
  | "escalate" // AS-8: a refused proposal or a disputed completion goes to the platform
  | "close"; // ended without a result: withdrawn, not shipped, rejection agreed, review timeout, platform

export const serviceOrderTransitions = {
  pending_review: {
    approve: "awaiting_return",
    approve_visit: "awaiting_visit",
    propose: "awaiting_consumer",
    escalate: "platform_review",
    close: "closed",
  },
  awaiting_return: { ship_return: "awaiting_receipt", close: "closed" },
  awaiting_receipt: { receive: "awaiting_processing", receive_for_repair: "repairing", receive_refunded: "completed" },
  awaiting_processing: { process: "completed", propose: "awaiting_consumer", escalate: "platform_review" },
  repairing: { complete_repair: "completed", propose: "awaiting_consumer", escalate: "platform_review" },
  awaiting_visit: {
    schedule_visit: "visit_scheduled",
    record_visit: "completion_check",
    escalate: "platform_review",
    close: "closed",
  },
  visit_scheduled: {
    schedule_visit: "visit_scheduled",
    record_visit: "completion_check",
    escalate: "platform_review",
    close: "closed",
  },
  completion_check: { confirm_completion: "completed", dispute_completion: "awaiting_visit" },
  awaiting_consumer: {
    approve: "awaiting_return",
    resume_review: "pending_review",
    resume_processing: "awaiting_processing",
    resume_repair: "repairing",
    process: "completed",
    close: "closed",
  },
  platform_review: {
    approve: "awaiting_return",
    approve_visit: "awaiting_visit",
    resume_processing: "awaiting_processing",
    resume_repair: "repairing",
    resume_visit: "awaiting_visit",
    process: "completed",
    confirm_completion: "completed",
    close: "closed",
  },
  completed: {},
  closed: {},
} satisfies TransitionTable<ServiceOrderStatus, ServiceOrderEvent>;

export const serviceOrderMachine = machine<ServiceOrderStatus, ServiceOrderEvent>(serviceOrderTransitions);

/** The approval event of a track: goods come back, or someone visits. */
export function approvalEvent(track: ServiceTrack): "approve" | "approve_visit" {
  return track === "goods" ? "approve" : "approve_visit";
}

/**
 * What a recorded receipt does (AS-4: a return signed for counts as received whoever records it):
 * a send-in repair starts repairing; a flash-refunded return (SVC-2) is already settled and
 * completes; everything else waits for processing.
 */
export function receiptEvent(f: {
  isSendInRepair: boolean;
  flashRefunded: boolean;
}): "receive" | "receive_for_repair" | "receive_refunded" {
  if (f.isSendInRepair) return "receive_for_repair";
  return f.flashRefunded ? "receive_refunded" : "receive";
}
