import { eq } from "drizzle-orm";
import { serviceOrderProposals } from "@/db/schema";
import { serviceTrack, type ServiceResult } from "@/server/domain/after-sales";
import { proposalProblem, proposalStageOf } from "@/server/domain/service-order-consent";
import { msLeftAtPause, proposalDueAt } from "@/server/domain/service-order-deadlines";
import { deductionCheck, dueResultOf } from "@/server/domain/service-order-results";
import type { ProposalParams } from "@/db/schema";
import { actingOf } from "../acting";
import { notifyServiceOrderConsentRequested } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import type { ProposeToConsumerInput } from "./propose-to-consumer-input";
import { deductionError, proposalError } from "./service-order-errors";
import { attachPhotos, refundBaseOf } from "./service-order-money";
import { moveServiceOrder, policiesOf } from "./service-order-writes";

/**
 * AS-5: the merchant may not reject, change the requested result or deduct without the
 * consumer's consent: each is a proposal the consumer answers within the policy's window
 * (AS-8: 48h). Making one stops the merchant's clock (the time left is kept on the proposal);
 * one of each kind per stage, and only before the merchant's deadline. SVC-3: with 运费险 no
 * shipping deduction.
 */
export async function proposeToConsumer(ctx: ServiceContext, input: ProposeToConsumerInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "merchant", input.serviceOrderId, async (tx, row, order) => {
    const previous = await tx
      .select({ kind: serviceOrderProposals.kind, stage: serviceOrderProposals.stage })
      .from(serviceOrderProposals)
      .where(eq(serviceOrderProposals.serviceOrderId, row.id));
    const track = serviceTrack(row.type, row.repairMode);
    const changeTo: ServiceResult | null = input.kind === "change_result" ? input.changeTo : null;
    const problem = proposalProblem({ ...row, track, previous, kind: input.kind, changeTo }, now);
    if (problem) throw proposalError(problem);
    const policy = policiesOf(row).afterSales;
    const params: ProposalParams = {};
    if (changeTo) params.changeTo = changeTo;
    if (input.kind === "deduction") {
      const { goodsFen, refundableFen } = await refundBaseOf(tx, row, order);
      const check = deductionCheck(
        {
          goodsFen: input.goodsDeductionFen,
          shippingFen: input.shippingDeductionFen,
          note: input.note,
          photoCount: input.photos.length,
        },
        {
          result: dueResultOf(row) ?? "return_original",
          reason: row.reason,
          goodsAmountFen: goodsFen,
          refundableFen,
          shippingInsured: row.services.shippingInsurance,
        },
        policy,
      );
      if (!check.ok) throw deductionError(check.problem);
      if (!check.needsConsent) throw proposalError("no_consent_needed");
      Object.assign(params, {
        goodsDeductionFen: input.goodsDeductionFen,
        shippingDeductionFen: input.shippingDeductionFen,
        refundFen: check.refundFen,
      });
    }
    const stage = proposalStageOf(row.status) ?? "processing";
    const [proposal] = await tx
      .insert(serviceOrderProposals)
      .values({
        serviceOrderId: row.id,
        shopId: row.shopId,
        kind: input.kind,
        stage,
        status: "pending",
        params,
        note: input.note,
        proposedBy: by.userId ?? "merchant",
        proposedAt: now,
        dueAt: proposalDueAt(now, policy),
        pausedMsLeft: row.dueAt ? msLeftAtPause(row.dueAt, now) : 0,
      })
      .returning();
    if (!proposal) throw new Error("proposeToConsumer: insert returned no row");
    if (input.kind === "deduction" && input.photos.length > 0)
      await attachPhotos(tx, row, {
        slot: policy.slots.receipt,
        fileIds: input.photos,
        by,
        uploaderShopId: row.shopId,
        now,
      });
    const moved = await moveServiceOrder(tx, row, {
      event: "propose",
      by,
      action: "proposed",
      now,
      payload: { proposalId: proposal.id, kind: proposal.kind, stage, ...params },
    });
    await notifyServiceOrderConsentRequested(tx, moved.row, proposal, now);
    return { id: row.id, status: moved.row.status, proposalId: proposal.id, dueAt: proposal.dueAt };
  });
}
