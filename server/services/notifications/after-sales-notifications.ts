import type { DbOrTx } from "@/db/client";
import type { serviceOrderProposals, serviceOrders } from "@/db/schema";
import type { ServiceDeadlineKind } from "@/server/domain/after-sales";
import { notify, type NotificationRecipient } from "./notify";

/**
 * NTF-1/NTF-2 for after-sales service orders (AS-1..8, SVC-2): who is told what, inside the
 * verb's (or the sweeper's) transaction. Text is a kind plus parameters (message namespace
 * `notification.kinds.service_order.*`, zh-CN and en); the link is the service order's page of
 * the reader (/merchant/after-sales/<id>, /after-sales/<id>).
 *
 * Which verb calls which:
 * - applyForService → notifyServiceOrderApplied (merchant), and when 极速审核 approved it at once
 *   notifyServiceOrderApproved (consumer);
 * - approveServiceOrder, and the review timeout → notifyServiceOrderApproved (consumer);
 * - proposeToConsumer → notifyServiceOrderConsentRequested (consumer);
 * - respondToProposal, and a lapse → notifyServiceOrderAnswered (merchant), plus the result of an
 *   accepted proposal (closed / refunded) for the consumer;
 * - escalateServiceOrder → notifyServiceOrderEscalated (the other party);
 * - processServiceOrder, completeRepair, a refund by timeout, a confirmed completion →
 *   notifyServiceOrderProcessed (consumer);
 * - shipReturn with 闪电退款 → notifyServiceOrderProcessed (consumer, result refund);
 * - any close (withdrawn aside: the consumer did it) → notifyServiceOrderClosed (consumer);
 * - withdrawServiceOrder → notifyServiceOrderWithdrawn (merchant);
 * - scheduleVisit, or an approval with a visit window → notifyServiceOrderVisitScheduled (consumer);
 * - recordVisit → notifyServiceOrderVisitRecorded (consumer, to confirm by the check's end);
 * - a return received (merchant click, logistics signature, FBP warehouse) → notifyServiceOrderReceived
 *   (consumer);
 * - disputeCompletion → notifyServiceOrderCompletionDisputed (merchant, with the AS-3 deadline).
 */
type ServiceOrder = Pick<typeof serviceOrders.$inferSelect, "id" | "shopId" | "consumerId" | "serviceNo" | "type"> & {
  dueAt?: Date | null;
};
type Proposal = Pick<typeof serviceOrderProposals.$inferSelect, "id" | "kind" | "dueAt">;

async function tell(
  tx: DbOrTx,
  so: ServiceOrder,
  to: "merchant" | "consumer",
  kind: string,
  params: Record<string, string | number>,
  now: Date,
  dedupeKey?: string,
): Promise<boolean> {
  const recipient: NotificationRecipient = to === "merchant" ? { shopId: so.shopId } : { consumerId: so.consumerId };
  return notify(tx, {
    to: recipient,
    kind: `service_order.${kind}`,
    params: { serviceNo: so.serviceNo, type: so.type, ...params },
    record: { type: "service_order", id: so.id },
    ...(dedupeKey ? { dedupeKey } : {}),
    now,
  });
}

const dueParam = (dueAt: Date | null | undefined) => (dueAt ? { dueAt: dueAt.toISOString() } : { dueAt: "" });

/** NTF-1: a new application waits for the merchant's review (AS-2), with the review deadline. */
export function notifyServiceOrderApplied(tx: DbOrTx, so: ServiceOrder & { reason: string }, now: Date) {
  return tell(tx, so, "merchant", "applied", { reason: so.reason, ...dueParam(so.dueAt) }, now);
}

/** NTF-1: 4h before a merchant deadline (AS-2/3/4), once per deadline. */
export function notifyServiceOrderReminder(
  tx: DbOrTx,
  so: ServiceOrder & { dueKind: ServiceDeadlineKind; dueAt: Date },
  now: Date,
) {
  const key = `reminder:service_order:${so.id}:${so.dueKind}:${so.dueAt.toISOString()}`;
  return tell(tx, so, "merchant", "reminder", { dueKind: so.dueKind, dueAt: so.dueAt.toISOString() }, now, key);
}

/** NTF-2: approved — by the merchant, by 极速审核 (SVC-1) or by the review timeout (AS-2). */
export function notifyServiceOrderApproved(
  tx: DbOrTx,
  so: ServiceOrder,
  basis: "merchant" | "fast_review" | "review_timeout",
  now: Date,
) {
  return tell(tx, so, "consumer", "approved", { basis, ...dueParam(so.dueAt) }, now);
}

/** NTF-2: a proposal waits for the consumer's consent (AS-5/AS-8) until its due instant. */
export function notifyServiceOrderConsentRequested(tx: DbOrTx, so: ServiceOrder, proposal: Proposal, now: Date) {
  return tell(
    tx,
    so,
    "consumer",
    "consent_requested",
    { proposal: proposal.kind, dueAt: proposal.dueAt.toISOString() },
    now,
  );
}

/** NTF-1: the consumer accepted or refused the merchant's proposal, or let it lapse (AS-8). */
export function notifyServiceOrderAnswered(
  tx: DbOrTx,
  so: ServiceOrder,
  proposal: Pick<Proposal, "kind">,
  decision: "accepted" | "refused" | "lapsed",
  now: Date,
) {
  return tell(tx, so, "merchant", "answered", { proposal: proposal.kind, decision, ...dueParam(so.dueAt) }, now);
}

/** NTF-1/NTF-2: the case went to platform intervention (AS-8); the party that did not ask is told. */
export function notifyServiceOrderEscalated(tx: DbOrTx, so: ServiceOrder, by: "merchant" | "consumer", now: Date) {
  return tell(tx, so, by === "consumer" ? "merchant" : "consumer", "escalated", { by }, now);
}

/** NTF-2: processed with its one result (AS-4), the refund made if any (fen). */
export function notifyServiceOrderProcessed(
  tx: DbOrTx,
  so: ServiceOrder,
  r: { result: string; amountFen: number; basis: "merchant" | "timeout" | "flash_refund" | "consent" | "platform" },
  now: Date,
) {
  return tell(tx, so, "consumer", "processed", { result: r.result, amountFen: r.amountFen, basis: r.basis }, now);
}

/** NTF-2: the on-site work or repair is complete (confirmed, or silence confirmed it). */
export function notifyServiceOrderCompleted(tx: DbOrTx, so: ServiceOrder, basis: "consumer" | "silence", now: Date) {
  return tell(tx, so, basis === "consumer" ? "merchant" : "consumer", "completed", { basis }, now);
}

/** NTF-2: closed without a result, and why (not shipped in time, rejection agreed, review timeout, platform). */
export function notifyServiceOrderClosed(tx: DbOrTx, so: ServiceOrder, why: string, now: Date) {
  return tell(tx, so, "consumer", "closed", { why }, now);
}

/** NTF-1: the consumer withdrew their application; the service order is closed. */
export function notifyServiceOrderWithdrawn(tx: DbOrTx, so: ServiceOrder, now: Date) {
  return tell(tx, so, "merchant", "withdrawn", {}, now);
}

/** NTF-2: the merchant set (or moved) the on-site visit window (AS-3). */
export function notifyServiceOrderVisitScheduled(
  tx: DbOrTx,
  so: ServiceOrder,
  window: { from: Date; to: Date },
  now: Date,
) {
  const params = { visitFrom: window.from.toISOString(), visitTo: window.to.toISOString() };
  return tell(tx, so, "consumer", "visit_scheduled", params, now);
}

/** NTF-2: the visit is recorded done; the consumer confirms (or says it was not) by the check's end (AS-3). */
export function notifyServiceOrderVisitRecorded(tx: DbOrTx, so: ServiceOrder, now: Date) {
  return tell(tx, so, "consumer", "visit_recorded", dueParam(so.dueAt), now);
}

/** SVC-2: a flash-refunded return with no delivery event after the policy's window — once. */
export function notifyServiceOrderReturnMissing(
  tx: DbOrTx,
  so: ServiceOrder & { returnTrackingNo: string | null; shippedAt: Date | null },
  now: Date,
) {
  return tell(
    tx,
    so,
    "merchant",
    "return_missing",
    { trackingNo: so.returnTrackingNo ?? "", shippedAt: so.shippedAt?.toISOString() ?? "" },
    now,
    `return_missing:service_order:${so.id}`,
  );
}

/** NTF-2: the returned goods were received (AS-4), by whom, and what comes next for the consumer. */
export function notifyServiceOrderReceived(tx: DbOrTx, so: ServiceOrder, recorder: string, now: Date) {
  return tell(tx, so, "consumer", "received", { recorder }, now);
}

/** NTF-1: the consumer says the on-site work was not done; the merchant's AS-3 deadline keeps running. */
export function notifyServiceOrderCompletionDisputed(tx: DbOrTx, so: ServiceOrder, now: Date) {
  return tell(tx, so, "merchant", "completion_disputed", dueParam(so.dueAt), now);
}
