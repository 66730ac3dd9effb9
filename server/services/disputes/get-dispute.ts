import { eq } from "drizzle-orm";
import { z } from "zod";
import { consumers, orders, shops } from "@/db/schema";
import { disputePolicy } from "@/server/domain/policies/registry";
import { getTimeline } from "../audit/timeline";
import { cancelSectionOf } from "../cancel-orders/dispute-cancel-section";
import { obligationOfDispute } from "../invoice-obligations/read";
import {
  chosenPlanOf,
  deadlineOf,
  evidenceBySlot,
  invoiceOf,
  judgmentOf,
  refundsOf,
  urgeOutcomeOf,
} from "./dispute-parts";
import { disputeNotFound, loadDispute } from "./dispute-access";
import type { ServiceContext } from "../service-context";

export const getDisputeInput = z.object({ disputeId: z.string().max(64) });

/**
 * One dispute as its audience may see it (SHOP-3; SHOP-1: merchants never see FBP invoice
 * disputes): the case, the rules it runs under (ROL-1), the chosen plan in plain words, the
 * evidence by slot, the urge work order's outcome it is judged from and what it implies
 * (DSP-INV-2), the judgment and its refunds, the invoicing obligation (DSP-INV-3), whose turn it is and until when, and the timeline (SHOP-4).
 */
export async function getDispute(ctx: ServiceContext, input: { disputeId: string }) {
  const { db } = ctx;
  const audience = ctx.tenant;
  const { disputeId } = input;
  const dispute = await loadDispute(db, audience, disputeId);
  const policy = disputePolicy(dispute.policyId, dispute.policyVersion);
  const [order] = await db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      status: orders.status,
      amountFen: orders.amountFen,
      paidAt: orders.paidAt,
      completedAt: orders.completedAt,
      shopId: shops.id,
      shopName: shops.name,
      businessMode: shops.businessMode,
      timeZone: shops.timeZone,
      consumerName: consumers.name,
    })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .where(eq(orders.id, dispute.orderId));
  if (!order) throw disputeNotFound();

  const [invoices, evidence, urgeWorkOrder, judgment, disputeRefunds, timeline, cancel, obligation] = await Promise.all(
    [
      invoiceOf(db, dispute),
      evidenceBySlot(db, dispute, policy),
      urgeOutcomeOf(db, dispute),
      judgmentOf(db, dispute),
      refundsOf(db, dispute),
      getTimeline({
        db,
        records: [{ type: "dispute", id: dispute.id }],
        viewer: audience.kind === "admin" ? "admin" : "party",
      }),
      cancelSectionOf(db, dispute),
      obligationOfDispute(db, dispute.id),
    ],
  );

  return {
    viewer: audience.kind,
    dispute: {
      id: dispute.id,
      scenario: dispute.scenario,
      status: dispute.status,
      responsibleParty: dispute.responsibleParty,
      claim: dispute.claim,
      openedAt: dispute.openedAt,
      dueAt: dispute.dueAt,
      answeredAt: dispute.answeredAt,
      evidenceGivenUp: dispute.evidenceGivenUp,
      consumerResponse: dispute.consumerResponse,
      consumerRespondedAt: dispute.consumerRespondedAt,
      rejectionReason: dispute.rejectionReason,
      judgingSince: dispute.judgingSince,
      closedAt: dispute.closedAt,
      policyId: dispute.policyId,
      policyVersion: dispute.policyVersion,
    },
    policy: {
      id: policy.id,
      version: policy.version,
      name: policy.name,
      answerWindowMs: policy.answerWindowMs,
      confirmWindowMs: policy.confirmWindowMs,
      settlementPlans: policy.settlementPlans,
      noFault: policy.noFault,
      judgedDirectly: policy.judgedDirectly,
    },
    order,
    ...invoices,
    chosenPlan: chosenPlanOf(dispute, policy),
    evidence,
    urgeWorkOrder,
    judgment,
    deadline: deadlineOf(dispute),
    refunds: disputeRefunds,
    /** DSP-CXL-*: order_cancel disputes only (null otherwise). */
    cancel,
    /** DSP-INV-3: the invoice to be issued by a date (agreed as a settlement, or ordered by the judgment). */
    obligation,
    timeline,
  };
}
export type DisputeDetail = Awaited<ReturnType<typeof getDispute>>;
