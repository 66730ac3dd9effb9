import { and, asc, desc, eq } from "drizzle-orm";
import {
  consumers,
  evidenceItems,
  orderItems,
  orders,
  refunds,
  serviceOrderItems,
  serviceOrderProposals,
  shops,
} from "@/db/schema";
import { serviceOrderTab } from "@/server/domain/after-sales";
import { isPastDue } from "@/server/domain/deadlines";
import { deadlinePartyOf } from "@/server/domain/service-order-deadlines";
import { returnDestinationOf } from "@/server/domain/service-order-results";
import { getTimeline } from "../audit/timeline";
import type { ServiceContext } from "../service-context";
import { allowedActions } from "./allowed-actions";
import type { GetServiceOrderInput } from "./get-service-order-input";
import { loadServiceOrder } from "./service-order-access";
import { serviceOrderNotFound } from "./service-order-errors";
import { policiesOf } from "./service-order-writes";

/**
 * One service order as its audience may see it (SHOP-3): the request (type, reason, items,
 * description, photos), the approval and its requirements, the return shipping, the receipt,
 * the result and refund, the running deadline with whose move it is, the pending proposal,
 * what this viewer may do now, and the timeline (SHOP-4).
 */
export async function getServiceOrder(ctx: ServiceContext, input: GetServiceOrderInput) {
  const { db, tenant, now } = ctx;
  const row = await loadServiceOrder(db, tenant, input.serviceOrderId);
  const [head] = await db
    .select({
      orderNo: orders.orderNo,
      orderAmountFen: orders.amountFen,
      signedAt: orders.signedAt,
      shopName: shops.name,
      businessMode: shops.businessMode,
      timeZone: shops.timeZone,
      consumerName: consumers.name,
    })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .where(eq(orders.id, row.orderId));
  if (!head) throw serviceOrderNotFound();
  const [items, photos, proposals, ledger, timeline] = await Promise.all([
    db
      .select({
        orderItemId: serviceOrderItems.orderItemId,
        name: orderItems.name,
        sku: orderItems.sku,
        unitPriceFen: orderItems.unitPriceFen,
        quantity: serviceOrderItems.quantity,
      })
      .from(serviceOrderItems)
      .innerJoin(orderItems, eq(orderItems.id, serviceOrderItems.orderItemId))
      .where(eq(serviceOrderItems.serviceOrderId, row.id))
      .orderBy(asc(orderItems.name)),
    db
      .select({ slot: evidenceItems.slot, fileId: evidenceItems.fileId, position: evidenceItems.position })
      .from(evidenceItems)
      .where(and(eq(evidenceItems.recordType, "service_order"), eq(evidenceItems.recordId, row.id)))
      .orderBy(asc(evidenceItems.slot), asc(evidenceItems.position)),
    db
      .select()
      .from(serviceOrderProposals)
      .where(eq(serviceOrderProposals.serviceOrderId, row.id))
      .orderBy(desc(serviceOrderProposals.proposedAt), desc(serviceOrderProposals.id)),
    db
      .select({ amountFen: refunds.amountFen, cause: refunds.cause, createdAt: refunds.createdAt })
      .from(refunds)
      .where(and(eq(refunds.sourceType, "service_order"), eq(refunds.sourceId, row.id))),
    getTimeline({
      db,
      records: [{ type: "service_order", id: row.id }],
      viewer: tenant.kind === "admin" ? "admin" : "party",
    }),
  ]);
  const pending = proposals.find((p) => p.status === "pending") ?? null;
  const policy = policiesOf(row).afterSales;
  return {
    id: row.id,
    serviceNo: row.serviceNo,
    status: row.status,
    tab: serviceOrderTab(row.status),
    type: row.type,
    repairMode: row.repairMode,
    reason: row.reason,
    reasonLabel: policy.reasons.find((r) => r.key === row.reason)?.label ?? null,
    description: row.description,
    services: row.services,
    policy: { id: row.policyId, version: row.policyVersion },
    order: { id: row.orderId, ...head },
    returnDestination: returnDestinationOf(head.businessMode),
    items,
    photos,
    requested: { result: row.requestedResult, agreedResult: row.agreedResult, appliedAt: row.appliedAt },
    review: {
      approvedAt: row.approvedAt,
      approvedBy: row.approvedBy === "system" ? "system" : row.approvedBy ? "merchant" : null,
      opinion: row.reviewOpinion,
      requirements: row.requirements,
    },
    shipping: {
      carrier: row.returnCarrier,
      trackingNo: row.returnTrackingNo,
      shippedAt: row.shippedAt,
      flashRefundedAt: row.flashRefundedAt,
      returnMissingFlaggedAt: row.returnMissingFlaggedAt,
    },
    receipt: { receivedAt: row.receivedAt, receivedBy: row.receivedBy },
    visit: {
      from: row.visitFrom,
      to: row.visitTo,
      recordedAt: row.visitRecordedAt,
      completionDisputedAt: row.completionDisputedAt,
    },
    result: {
      processedResult: row.processedResult,
      processedAt: row.processedAt,
      carrier: row.resultCarrier,
      trackingNo: row.resultTrackingNo,
      refundFen: row.refundFen,
      goodsDeductionFen: row.goodsDeductionFen,
      shippingDeductionFen: row.shippingDeductionFen,
    },
    refunds: ledger,
    platform: { since: row.platformSince, decidedAt: row.decidedAt, decisionReason: row.decisionReason },
    completedAt: row.completedAt,
    closedAt: row.closedAt,
    closeReason: row.closeReason,
    deadline:
      row.dueKind && row.dueAt
        ? {
            kind: row.dueKind,
            party: deadlinePartyOf[row.dueKind],
            dueAt: row.dueAt,
            overdue: isPastDue(row.dueAt, now),
          }
        : null,
    pendingProposal: pending
      ? {
          id: pending.id,
          kind: pending.kind,
          stage: pending.stage,
          params: pending.params,
          note: pending.note,
          proposedAt: pending.proposedAt,
          dueAt: pending.dueAt,
        }
      : null,
    proposals: proposals.map((p) => ({
      id: p.id,
      kind: p.kind,
      stage: p.stage,
      status: p.status,
      params: p.params,
      note: p.note,
      proposedAt: p.proposedAt,
      decidedAt: p.decidedAt,
      refusalReason: p.refusalReason,
    })),
    actions: allowedActions(row, { tenant, now, mode: head.businessMode, proposals }),
    timeline,
  };
}
