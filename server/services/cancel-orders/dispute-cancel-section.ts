import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cancelOrders, logisticsInterceptions, orders, refunds } from "@/db/schema";
import { cancelPlanAvailability, liveCancelOrderStatuses, type CancelOrderStatus } from "@/server/domain/cancel-order";
import type { LocalizedText } from "@/server/domain/errors";
import { refundedFenOf } from "./cancel-order-access";
import { cancelOrderRows } from "./list-cancel-orders";

type DisputeLike = { id: string; orderId: string; scenario: string; planPayload: Record<string, unknown> | null };

/**
 * The `cancel` section of an order_cancel dispute's detail (dispute.*.get): the order's
 * delivery, every cancel order of the order (newest first) with its interception, the one
 * this dispute's plan raised or settled, the refunds of the dispute and its cancel orders,
 * and which plans can be chosen now (DSP-CXL-1..5). Null for other scenarios.
 */
export async function cancelSectionOf(db: DbOrTx, dispute: DisputeLike) {
  if (dispute.scenario !== "order_cancel") return null;
  const [order] = await db.select().from(orders).where(eq(orders.id, dispute.orderId));
  if (!order) return null;
  const rows = await cancelOrderRows(db, eq(cancelOrders.orderId, order.id));
  const ids = rows.map((r) => r.id);
  const interceptions = ids.length
    ? await db
        .select({
          id: logisticsInterceptions.id,
          cancelOrderId: logisticsInterceptions.cancelOrderId,
          status: logisticsInterceptions.status,
          requestedAt: logisticsInterceptions.requestedAt,
          resolvedAt: logisticsInterceptions.resolvedAt,
        })
        .from(logisticsInterceptions)
        .where(inArray(logisticsInterceptions.cancelOrderId, ids))
    : [];
  const interceptionOf = (id: string) => {
    const found = interceptions.find((i) => i.cancelOrderId === id);
    return found
      ? { id: found.id, status: found.status, requestedAt: found.requestedAt, resolvedAt: found.resolvedAt }
      : null;
  };
  const cancelOrderList = rows.map((r) => ({
    id: r.id,
    status: r.status,
    reason: r.reason,
    requestReason: r.requestReason,
    origin: r.origin,
    note: r.note,
    noteMessage: r.noteMessage,
    disputeId: r.disputeId,
    requestedAt: r.requestedAt,
    dueAt: r.dueAt,
    decidedAt: r.decidedAt,
    rejectReason: r.rejectReason,
    closedAt: r.closedAt,
    refundedFen: r.refundedFen,
    interception: interceptionOf(r.id),
  }));
  const planCancelOrderId = rows.find((r) => r.disputeId === dispute.id)?.id ?? null;
  const refundRows = await db
    .select({
      id: refunds.id,
      kind: refunds.kind,
      amountFen: refunds.amountFen,
      reason: refunds.reason,
      reasonMessage: refunds.reasonMessage,
      cause: refunds.cause,
      createdAt: refunds.createdAt,
      sourceType: refunds.sourceType,
    })
    .from(refunds)
    .where(
      or(
        and(eq(refunds.sourceType, "dispute"), eq(refunds.sourceId, dispute.id)),
        ids.length ? and(eq(refunds.sourceType, "cancel_order"), inArray(refunds.sourceId, ids)) : undefined,
      ),
    )
    .orderBy(asc(refunds.createdAt));
  const refundedFen = await refundedFenOf(db, order.id);
  const live = rows.find((r) => (liveCancelOrderStatuses as readonly CancelOrderStatus[]).includes(r.status)) ?? null;
  const availability = cancelPlanAvailability({ order, live, refundableFen: order.amountFen - refundedFen });
  const planAvailability = Object.fromEntries(
    Object.entries(availability).map(([key, why]) => [key, { available: why === null, reason: why }]),
  ) as Record<keyof typeof availability, { available: boolean; reason: LocalizedText | null }>;
  return {
    order: {
      deliveryType: order.deliveryType,
      status: order.status,
      worryFree: order.worryFree,
      shippedAt: order.shippedAt,
      signedAt: order.signedAt,
      completedAt: order.completedAt,
      cancelledAt: order.cancelledAt,
      carrier: order.carrier,
      trackingNo: order.trackingNo,
    },
    planCancelOrderId,
    cancelOrders: cancelOrderList,
    interception: planCancelOrderId ? interceptionOf(planCancelOrderId) : null,
    refunds: refundRows.map((r) => ({
      ...r,
      sourceType: r.sourceType === "cancel_order" ? ("cancel_order" as const) : ("dispute" as const),
    })),
    refundedFen,
    refundableFen: Math.max(0, order.amountFen - refundedFen),
    planAvailability,
  };
}
