import type { inferRouterOutputs } from "@trpc/server";
import { afterSalesPolicy } from "@/server/domain/policies/registry";
import { platformDeadlinesV1 } from "@/server/domain/policies/platform-deadlines";
import { deadlineWindowMs } from "@/server/domain/service-order-deadlines";
import type { AppRouter } from "@/server/trpc/root";
import type { ServiceOrderDetail } from "./types";

type Outputs = inferRouterOutputs<AppRouter>;
/** afterSales.*.get as the server sends it. */
export type ServiceOrderOutput = Outputs["afterSales"]["merchant"]["get"];
/** A row of afterSales.merchant.list / consumer.list / *.ofOrder. */
export type ServiceOrderRow = Outputs["afterSales"]["merchant"]["list"]["items"][number];
/** afterSales.consumer.options. */
export type ApplyOptions = Outputs["afterSales"]["consumer"]["options"];

/**
 * The screens' view of a service order: the server's grouped answer flattened into the facts
 * the cards read, plus what the page derives — the goods amount applied for, the running
 * deadline's start (for the bar of the window used) and the policy numbers the forms say.
 */
export function serviceOrderView(d: ServiceOrderOutput, viewer: ServiceOrderDetail["viewer"]): ServiceOrderDetail {
  const policy = afterSalesPolicy(d.policy.id, d.policy.version);
  const deadline = d.deadline
    ? {
        kind: d.deadline.kind,
        party: d.deadline.party,
        dueAt: d.deadline.dueAt,
        startedAt: new Date(
          d.deadline.dueAt.getTime() -
            deadlineWindowMs(d.deadline.kind, d.reason, { afterSales: policy, platform: platformDeadlinesV1 }),
        ),
      }
    : null;
  return {
    viewer,
    serviceOrder: {
      id: d.id,
      serviceNo: d.serviceNo,
      type: d.type,
      repairMode: d.repairMode,
      reason: d.reason,
      description: d.description,
      status: d.status,
      services: d.services,
      requestedResult: d.requested.result,
      agreedResult: d.requested.agreedResult,
      appliedAt: d.requested.appliedAt,
      reviewOpinion: d.review.opinion,
      requirements: d.review.requirements,
      approvedAt: d.review.approvedAt,
      approvedBy: d.review.approvedBy,
      returnCarrier: d.shipping.carrier,
      returnTrackingNo: d.shipping.trackingNo,
      shippedAt: d.shipping.shippedAt,
      flashRefundedAt: d.shipping.flashRefundedAt,
      returnMissingFlaggedAt: d.shipping.returnMissingFlaggedAt,
      receivedAt: d.receipt.receivedAt,
      receivedBy: d.receipt.receivedBy,
      visitFrom: d.visit.from,
      visitTo: d.visit.to,
      visitRecordedAt: d.visit.recordedAt,
      completionDisputedAt: d.visit.completionDisputedAt,
      processedResult: d.result.processedResult,
      processedAt: d.result.processedAt,
      resultCarrier: d.result.carrier,
      resultTrackingNo: d.result.trackingNo,
      refundFen: d.result.refundFen ?? (d.refunds.length > 0 ? d.refunds.reduce((s, r) => s + r.amountFen, 0) : null),
      goodsDeductionFen: d.result.goodsDeductionFen,
      shippingDeductionFen: d.result.shippingDeductionFen,
      platformSince: d.platform.since,
      decisionReason: d.platform.decisionReason,
      completedAt: d.completedAt,
      closeReason: d.closeReason,
      closedAt: d.closedAt,
    },
    order: {
      id: d.order.id,
      orderNo: d.order.orderNo,
      amountFen: d.order.orderAmountFen,
      shopName: d.order.shopName,
      consumerName: d.order.consumerName,
      timeZone: d.order.timeZone,
    },
    items: d.items,
    photos: d.photos,
    deadline,
    proposal: d.pendingProposal,
    proposals: d.proposals,
    actions: d.actions,
    goodsFen: d.items.reduce((sum, i) => sum + i.unitPriceFen * i.quantity, 0),
    policy: { consentWindowMs: policy.consent.windowMs, maxShippingDeductionFen: policy.maxShippingDeductionFen },
    timeline: d.timeline,
  };
}
