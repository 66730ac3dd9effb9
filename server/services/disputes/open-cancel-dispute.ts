import { eq } from "drizzle-orm";
import { z } from "zod";
import { disputes, orders, shops } from "@/db/schema";
import { dueAfter } from "@/server/domain/deadlines";
import { DomainError } from "@/server/domain/errors";
import { cancelReviewWindowMs } from "@/server/domain/policies/cancel-dispute-windows";
import { currentDisputePolicy } from "@/server/domain/policies/registry";
import { newDisputePolicy } from "@/server/services/policies/new-item-policy";
import { emitAudit } from "../audit/emit";
import { cancelDisputeAvailability, liveCancelDisputeId } from "../cancel-orders/availability";
import { lockOrder, orderNotFound } from "../cancel-orders/cancel-order-access";
import { isUuid } from "../ids";
import { notify } from "../notifications/notify";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { actingOf } from "../acting";
import type { OpenCancelDisputeInput } from "./open-cancel-dispute-input";

const orderId = z.string().max(64);
export const cancelOpenableInput = z.object({ orderId });

const alreadyOpen = (disputeId: string) =>
  new DomainError(
    "CONFLICT",
    "DISPUTE_ALREADY_OPEN",
    {
      "zh-CN": "该订单已有一个处理中的取消订单纠纷,请查看其进度",
      en: "This order already has a cancellation dispute in progress; follow that one",
    },
    { disputeId },
  );

/** What the "open a cancellation dispute" page shows: can it be opened now, and the rules. */
export async function getCancelDisputeOptions(ctx: ServiceContext, input: z.infer<typeof cancelOpenableInput>) {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  if (!isUuid(input.orderId)) throw orderNotFound();
  const [row] = await db
    .select({ order: orders, shopName: shops.name, timeZone: shops.timeZone })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(eq(orders.id, input.orderId));
  if (!row || row.order.consumerId !== consumerId) throw orderNotFound();
  const { order } = row;
  const availability = await cancelDisputeAvailability(db, order, now);
  const liveDisputeId = await liveCancelDisputeId(db, order.id);
  const policy = currentDisputePolicy("order_cancel", order.shopId);
  const live = availability.live;
  return {
    order: {
      id: order.id,
      orderNo: order.orderNo,
      status: order.status,
      deliveryType: order.deliveryType,
      worryFree: order.worryFree,
      amountFen: order.amountFen,
      shopName: row.shopName,
      timeZone: row.timeZone,
    },
    available: availability.why === null && liveDisputeId === null,
    unavailableReason: liveDisputeId ? alreadyOpen(liveDisputeId).text : (availability.why?.text ?? null),
    liveDisputeId,
    /** DSP-CXL-7: when a pending request's review window ends and the dispute may be opened. */
    availableAt: liveDisputeId ? null : availability.availableAt,
    liveCancelOrder: live ? { id: live.id, status: live.status, reason: live.reason, dueAt: live.dueAt } : null,
    policy: {
      name: policy.name,
      answerWindowMs: policy.answerWindowMs,
      confirmWindowMs: policy.confirmWindowMs,
      reviewWindowMs: cancelReviewWindowMs(policy.id, policy.version),
    },
  };
}

/**
 * DSP-1 / DSP-CXL-1: a consumer opens a cancellation dispute on their own order (rules:
 * cancelDisputeAvailability; DSP-CXL-7: only after the merchant rejected the request or let its
 * review window pass). The merchant answers with exactly one plan within 24h (DSP-4);
 * the record keeps the policy version (ROL-1). Locks the order row, like every cancel writer.
 * One live cancel dispute per order. The shop is notified at once (NTF-1).
 */
export async function openCancelDispute(ctx: ServiceContext, input: OpenCancelDisputeInput) {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId, eq(orders.consumerId, consumerId));
    const live = await liveCancelDisputeId(tx, order.id);
    if (live) throw alreadyOpen(live);
    const availability = await cancelDisputeAvailability(tx, order, now);
    if (availability.why) throw availability.why;

    const { policy, pins } = await newDisputePolicy(tx, "order_cancel", order.shopId);
    const [dispute] = await tx
      .insert(disputes)
      .values({
        shopId: order.shopId,
        orderId: order.id,
        consumerId,
        scenario: "order_cancel",
        status: "awaiting_merchant",
        responsibleParty: "merchant",
        ...pins,
        claim: input.claim,
        openedAt: now,
        dueAt: dueAfter(now, policy.answerWindowMs),
      })
      .onConflictDoNothing()
      .returning();
    if (!dispute) throw alreadyOpen((await liveCancelDisputeId(tx, order.id)) ?? "");

    await emitAudit(tx, {
      shopId: dispute.shopId,
      recordType: "dispute",
      recordId: dispute.id,
      by,
      action: "dispute.opened",
      to: dispute.status,
      payload: {
        scenario: dispute.scenario,
        note: dispute.claim,
        cancelOrderId: availability.live?.id,
        policy: `${policy.id}@${policy.version}`,
      },
      at: now,
    });
    await notify(tx, {
      to: { shopId: dispute.shopId },
      kind: "dispute.opened",
      params: { scenario: dispute.scenario },
      record: { type: "dispute", id: dispute.id },
      now,
    });
    return { id: dispute.id, status: dispute.status, dueAt: dispute.dueAt, responsibleParty: dispute.responsibleParty };
  });
}
