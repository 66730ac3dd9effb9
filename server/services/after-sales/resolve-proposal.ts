import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { serviceOrderProposals } from "@/db/schema";
import { consentResolution, type ConsentDecision } from "@/server/domain/service-order-consent";
import type { Acting } from "../acting";
import {
  notifyServiceOrderAnswered,
  notifyServiceOrderClosed,
  notifyServiceOrderProcessed,
} from "../notifications/after-sales-notifications";
import type { OrderRow, ServiceOrderRow } from "./service-order-access";
import { refundBaseOf, refundServiceOrder } from "./service-order-money";
import { moveServiceOrder, type DeadlinePlan, type ServiceOrderChanges } from "./service-order-writes";

export type ProposalRow = typeof serviceOrderProposals.$inferSelect;

/**
 * AS-5/AS-8: what the consumer's answer — or silence (`lapsed`, the sweeper) — does, in one
 * place. The proposal records the decision; the service order moves as consentResolution says:
 * accepted → the proposal takes effect (rejection closes, a changed result becomes the agreed
 * one, a deduction refunds goods − deductions once through the ledger); refused or lapsed → the
 * original request stands and the merchant gets the time it had left (at least the floor).
 * NTF-1/NTF-2, here so the consumer's answer and the sweeper's lapse tell the same, once: the
 * merchant hears the answer; the consumer the close or the refund an accepted proposal made.
 */
export async function resolveProposal(
  tx: Tx,
  row: ServiceOrderRow,
  order: OrderRow,
  p: { proposal: ProposalRow; decision: ConsentDecision; by: Acting; now: Date; refusalReason?: string },
) {
  const { proposal, decision, by, now } = p;
  const res = consentResolution(proposal, decision);
  await tx
    .update(serviceOrderProposals)
    .set({
      status: decision,
      decidedAt: now,
      decidedBy: by.userId ?? "system",
      refusalReason: p.refusalReason ?? null,
    })
    .where(eq(serviceOrderProposals.id, proposal.id));
  const changes: ServiceOrderChanges = {};
  let deadline: DeadlinePlan =
    res.deadline === "resume" ? { kind: "resume", leftMs: proposal.pausedMsLeft } : { kind: "fresh" };
  let refundedFen = 0;
  if (res.applyProposal && proposal.kind === "reject")
    Object.assign(changes, { closeReason: "rejected_with_consent", closedAt: now });
  if (res.applyProposal && proposal.kind === "change_result") {
    changes.agreedResult = proposal.params.changeTo ?? null;
    if (proposal.stage === "review") Object.assign(changes, { approvedAt: now, approvedBy: proposal.proposedBy });
  }
  if (res.applyProposal && proposal.kind === "deduction") {
    const goodsDeductionFen = proposal.params.goodsDeductionFen ?? 0;
    const shippingDeductionFen = proposal.params.shippingDeductionFen ?? 0;
    const { baseFen } = await refundBaseOf(tx, row, order);
    const paid = await refundServiceOrder(tx, row, {
      amountFen: Math.max(0, baseFen - goodsDeductionFen - shippingDeductionFen),
      cause: "after_sales",
      now,
    });
    refundedFen = paid.amountFen;
    Object.assign(changes, {
      processedResult: "refund",
      processedAt: now,
      processedBy: proposal.proposedBy,
      refundFen: paid.amountFen,
      goodsDeductionFen,
      shippingDeductionFen,
      completedAt: now,
    });
    deadline = { kind: "fresh" };
  }
  const moved = await moveServiceOrder(tx, row, {
    event: res.event,
    by,
    action: `proposal_${decision}`,
    now,
    changes,
    deadline,
    settleAs: decision === "lapsed" ? "missed" : "met",
    payload: {
      proposalId: proposal.id,
      kind: proposal.kind,
      stage: proposal.stage,
      ...proposal.params,
      ...(refundedFen > 0 ? { refundedFen } : {}),
    },
  });
  await notifyServiceOrderAnswered(tx, moved.row, proposal, decision, now);
  if (res.applyProposal && moved.row.status === "closed")
    await notifyServiceOrderClosed(tx, moved.row, "rejected_with_consent", now);
  if (res.applyProposal && proposal.kind === "deduction" && moved.row.status === "completed") {
    const refund = { result: "refund", amountFen: refundedFen, basis: "consent" as const };
    await notifyServiceOrderProcessed(tx, moved.row, refund, now);
  }
  return { row: moved.row, mayEscalate: res.mayEscalate, refundedFen };
}
