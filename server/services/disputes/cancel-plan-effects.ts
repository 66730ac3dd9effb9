import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cancelOrders, type DisputePlanPayload } from "@/db/schema";
import { systemText } from "@/server/domain/system-text";
import {
  cancelPlanAvailability,
  isConsumerCancelReason,
  liveCancelOrderStatuses,
  type CancelReason,
} from "@/server/domain/cancel-order";
import { dueAfter } from "@/server/domain/deadlines";
import { DomainError } from "@/server/domain/errors";
import { isCancelPlanKey } from "@/server/domain/policies/cancel-dispute";
import { interceptionWindowMs } from "@/server/domain/policies/cancel-dispute-windows";
import type { SettlementPlan } from "@/server/domain/policies/types";
import type { Acting } from "../acting";
import {
  auditCancel,
  conflict,
  liveCancelOrderOf,
  lockOrder,
  refundedFenOf,
  transitionCancelOrder,
  type CancelOrderRow,
} from "../cancel-orders/cancel-order-access";
import { cancelOrderIfRefunded, refundCancelOrder } from "../cancel-orders/refund-cancel-order";
import type { DisputeRow } from "./dispute-access";

/** The consumer's own reason survives a plan settling their request (DSP-CXL-5). */
const requestReasonOf = (row: CancelOrderRow): CancelReason | null =>
  row.requestReason ?? (isConsumerCancelReason(row.reason) ? row.reason : null);

/**
 * DSP-CXL-2..5: what a cancel-dispute settlement plan does the moment it is chosen, inside the
 * plan's transaction (the dispute row is locked; this locks the order row next, as the
 * consumer's request does, so the two serialise — DSP-CXL-5):
 * - direct_refund: refunds at once under (dispute, <id>, order_refund) and records the cancel
 *   order refund_succeeded / dispute_direct_refund — a new one, or the consumer's pending
 *   request (or a running interception) settled by it, keeping the consumer's reason in
 *   requestReason.
 * - intercept_48h: logistics_pending / dispute_interception with dueAt = now + 48h — a new
 *   cancel order, or the pending request settled by it.
 * - agreed_rejection: nothing changes; a pending request stays pending (DSP-CXL-3).
 * Returns the payload stored with the plan.
 */
export async function applyCancelPlan(
  tx: Tx,
  args: { dispute: DisputeRow; plan: SettlementPlan; note?: string; by: Acting; now: Date },
): Promise<DisputePlanPayload> {
  const { dispute, plan, note, by, now } = args;
  if (!isCancelPlanKey(plan.key))
    throw new DomainError("BAD_REQUEST", "UNKNOWN_PLAN", {
      "zh-CN": `没有和解方案「${plan.key}」`,
      en: `No settlement plan "${plan.key}"`,
    });
  const order = await lockOrder(tx, dispute.orderId);
  const live = await liveCancelOrderOf(tx, order.id);
  const refundableFen = order.amountFen - (await refundedFenOf(tx, order.id));
  const why = cancelPlanAvailability({ order, live, refundableFen })[plan.key];
  if (why)
    throw conflict("PLAN_NOT_AVAILABLE", {
      "zh-CN": `「${plan.label["zh-CN"]}」不可用:${why["zh-CN"]}`,
      en: `"${plan.label.en}" is not available: ${why.en}`,
    });
  const payload: DisputePlanPayload = note ? { note } : {};

  if (plan.key === "agreed_rejection") {
    if (live?.status === "pending") payload.pendingRequestId = live.id;
    return payload;
  }

  const reason: CancelReason = plan.key === "direct_refund" ? "dispute_direct_refund" : "dispute_interception";
  const changes =
    plan.key === "direct_refund"
      ? { reason, disputeId: dispute.id, decidedAt: now, decidedBy: by.userId, dueAt: null }
      : {
          reason,
          disputeId: dispute.id,
          dueAt: dueAfter(now, interceptionWindowMs(dispute.policyId, dispute.policyVersion)),
        };
  let row: CancelOrderRow;
  if (live) {
    const settled = await transitionCancelOrder(
      tx,
      live,
      plan.key === "direct_refund" ? "settle_refund" : "settle_interception",
      { ...changes, requestReason: requestReasonOf(live) },
    );
    row = settled.row;
    payload.settledRequestId = live.id;
    await auditCancel(tx, row, {
      by,
      action: "cancel_order.settled_by_plan",
      from: settled.from,
      to: settled.to,
      payload: { disputeId: dispute.id, plan: plan.key, reason, requestReason: row.requestReason },
      now,
    });
  } else {
    const [inserted] = await tx
      .insert(cancelOrders)
      .values({
        shopId: order.shopId,
        orderId: order.id,
        consumerId: order.consumerId,
        status: plan.key === "direct_refund" ? "refund_succeeded" : "logistics_pending",
        requestedAt: now,
        ...changes,
      })
      .returning();
    if (!inserted) throw new Error("applyCancelPlan: insert returned no row");
    row = inserted;
    await auditCancel(tx, row, {
      by,
      action: "cancel_order.raised_by_plan",
      to: row.status,
      payload: { disputeId: dispute.id, plan: plan.key, reason },
      now,
    });
  }
  payload.cancelOrderId = row.id;
  if (plan.key === "direct_refund") {
    payload.refundedFen = await refundCancelOrder(tx, row, {
      by,
      now,
      cause: "settlement_plan",
      why: systemText("directRefundPlan"),
    });
  } else if (row.dueAt) {
    payload.interceptionDueAt = row.dueAt.toISOString();
  }
  return payload;
}

/**
 * DSP-5 for cancel disputes: after a platform judgment of an order_cancel dispute has paid a
 * refund (judge-dispute.ts, its own (dispute, dispute_refund) ledger row), the order's cancel
 * order still in motion — or one whose interception failed — is settled as refund_succeeded
 * without paying again, and an order refunded in full is cancelled. Without a refund nothing
 * changes: a plan's interception the merchant committed to keeps running.
 * Call inside the judgment's transaction: `await applyCancelJudgment(tx, { dispute: row, refunded: effects.refund?.kind === "dispute_refund", by, now });`
 */
export async function applyCancelJudgment(
  tx: Tx,
  args: { dispute: DisputeRow; refunded: boolean; by: Acting; now: Date },
): Promise<void> {
  const { dispute, refunded, by, now } = args;
  if (dispute.scenario !== "order_cancel" || !refunded) return;
  await lockOrder(tx, dispute.orderId);
  const [open] = await tx
    .select()
    .from(cancelOrders)
    .where(
      and(
        eq(cancelOrders.orderId, dispute.orderId),
        inArray(cancelOrders.status, [...liveCancelOrderStatuses, "interception_failed"]),
      ),
    )
    .limit(1);
  if (open) {
    const { row, from, to } = await transitionCancelOrder(tx, open, "judged_refund", { decidedAt: now, dueAt: null });
    await auditCancel(tx, row, {
      by,
      action: "cancel_order.settled_by_judgment",
      from,
      to,
      payload: { disputeId: dispute.id },
      now,
    });
  }
  await cancelOrderIfRefunded(tx, dispute.orderId, { by, now });
}
