import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { consumers, disputes, logisticsInterceptions, orders, refunds, shops, users } from "@/db/schema";
import { approvalOutcome } from "@/server/domain/cancel-order";
import { cancelOrderMachine } from "@/server/domain/machines/cancel-order";
import { getTimeline } from "../audit/timeline";
import type { ServiceContext } from "../service-context";
import { cancelOrderNotFound, cancelOrderRowsFilter, loadCancelOrder } from "./cancel-order-access";
import { cancelOrderRows } from "./list-cancel-orders";
import { refundsOfCancelOrderFilter } from "./refund-cancel-order";

export const getCancelOrderInput = z.object({ cancelOrderId: z.string().max(64) });

/**
 * One cancel order as its audience may see it (SHOP-3): status and reason (DSP-CXL-6), the
 * order and its delivery, the interception, the refunds it made, the dispute whose plan
 * raised or settled it, what the viewer may do now and the timeline (SHOP-4).
 */
export async function getCancelOrder(ctx: ServiceContext, input: z.infer<typeof getCancelOrderInput>) {
  const { db, tenant: audience } = ctx;
  const seen = await loadCancelOrder(db, audience, input.cancelOrderId);
  const [row] = await cancelOrderRows(db, cancelOrderRowsFilter(seen.id));
  const [order] = await db
    .select({ order: orders, shopName: shops.name, consumerName: consumers.name, timeZone: shops.timeZone })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .where(eq(orders.id, seen.orderId));
  if (!row || !order) throw cancelOrderNotFound();
  const o = order.order;

  const [[interception], ownRefunds, [dispute], [decider], timeline] = await Promise.all([
    db
      .select({
        id: logisticsInterceptions.id,
        status: logisticsInterceptions.status,
        requestedAt: logisticsInterceptions.requestedAt,
        resolvedAt: logisticsInterceptions.resolvedAt,
      })
      .from(logisticsInterceptions)
      .where(eq(logisticsInterceptions.cancelOrderId, seen.id)),
    db
      .select({
        id: refunds.id,
        kind: refunds.kind,
        amountFen: refunds.amountFen,
        reason: refunds.reason,
        reasonMessage: refunds.reasonMessage,
        cause: refunds.cause,
        createdAt: refunds.createdAt,
      })
      .from(refunds)
      .where(refundsOfCancelOrderFilter(seen))
      .orderBy(asc(refunds.createdAt)),
    seen.disputeId
      ? db
          .select({ id: disputes.id, status: disputes.status, planKey: disputes.planKey })
          .from(disputes)
          .where(eq(disputes.id, seen.disputeId))
      : Promise.resolve([]),
    seen.decidedBy
      ? db.select({ name: users.name }).from(users).where(eq(users.id, seen.decidedBy))
      : Promise.resolve([]),
    getTimeline({
      db,
      records: [
        { type: "cancel_order", id: seen.id },
        { type: "order", id: seen.orderId },
      ],
      viewer: audience.kind === "admin" ? "admin" : "party",
    }),
  ]);

  const can = (event: Parameters<typeof cancelOrderMachine.can>[1]) => cancelOrderMachine.can(seen.status, event);
  const merchant = audience.kind === "merchant";
  const actions = {
    approve: merchant && (can("refund") || can("intercept")),
    reject: merchant && can("reject"),
    forceRefund: merchant && can("force_refund"),
    withdraw: audience.kind === "consumer" && can("withdraw"),
  };
  return {
    viewer: audience.kind,
    cancelOrder: { ...row, decidedByName: decider?.name ?? null },
    order: {
      id: o.id,
      orderNo: o.orderNo,
      status: o.status,
      deliveryType: o.deliveryType,
      worryFree: o.worryFree,
      amountFen: o.amountFen,
      paidAt: o.paidAt,
      shippedAt: o.shippedAt,
      signedAt: o.signedAt,
      completedAt: o.completedAt,
      cancelledAt: o.cancelledAt,
      trackingNo: o.trackingNo,
      carrier: o.carrier,
      shopName: order.shopName,
      consumerName: order.consumerName,
      timeZone: order.timeZone,
    },
    interception: interception ?? null,
    refunds: ownRefunds,
    dispute: dispute ?? null,
    actions,
    approveOutcome: actions.approve ? approvalOutcome(o) : null,
    timeline,
  };
}
export type CancelOrderDetail = Awaited<ReturnType<typeof getCancelOrder>>;
