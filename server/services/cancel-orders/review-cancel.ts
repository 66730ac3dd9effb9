import { z } from "zod";
import type { Tx } from "@/db/client";
import { systemText } from "@/server/domain/system-text";
import { approvalOutcome } from "@/server/domain/cancel-order";
import { actingOf } from "../acting";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { notify } from "../notifications/notify";
import { startInterception } from "./interception";
import {
  auditCancel,
  loadCancelOrder,
  lockOrder,
  reloadCancelOrder,
  transitionCancelOrder,
} from "./cancel-order-access";
import { refundCancelOrder } from "./refund-cancel-order";
import type { rejectCancelInput } from "./review-cancel-input";

const id = z.string().max(64);
export const cancelOrderIdInput = z.strictObject({ cancelOrderId: id });

/** Loads through the shop, then locks the order and re-reads (every writer's lock order). */
async function lockForReview(tx: Tx, shopId: string, cancelOrderId: string) {
  const seen = await loadCancelOrder(tx, { kind: "merchant", shopId }, cancelOrderId);
  const order = await lockOrder(tx, seen.orderId);
  return { order, row: await reloadCancelOrder(tx, seen.id) };
}

/**
 * The merchant approves a pending request, or a 48h interception early (DSP-CXL-4). What it
 * does follows approvalOutcome (server/domain/cancel-order.ts): refund now, or for a platform
 * delivery in transit intercept first and refund when the carrier stops the parcel.
 */
export async function approveCancel(ctx: ServiceContext, input: z.infer<typeof cancelOrderIdInput>) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const { order, row } = await lockForReview(tx, shopId, input.cancelOrderId);
    const outcome = approvalOutcome(order);
    const decided = { decidedAt: now, decidedBy: by.userId, dueAt: null };
    const { row: approved, from, to } = await transitionCancelOrder(tx, row, outcome, decided);
    await auditCancel(tx, approved, { by, action: "cancel_order.approved", from, to, payload: { outcome }, now });
    await notify(tx, {
      to: { consumerId: approved.consumerId },
      kind: "cancel_order.approved",
      params: { outcome: outcome === "refund" ? "refunded" : "intercepting" },
      record: { type: "cancel_order", id: approved.id },
      now,
    });
    if (outcome === "refund") {
      const refundedFen = await refundCancelOrder(tx, approved, {
        by,
        now,
        cause: "cancel_review",
        why: systemText("cancelApproved"),
      });
      return { id: approved.id, status: approved.status, refundedFen };
    }
    const after = await startInterception(tx, approved, order, { by, now });
    return { id: after.id, status: after.status, refundedFen: 0 };
  });
}

/** DSP-CXL-3: the merchant rejects a pending request by hand, with a reason for the consumer. */
export async function rejectCancel(ctx: ServiceContext, input: z.infer<typeof rejectCancelInput>) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const { row } = await lockForReview(tx, shopId, input.cancelOrderId);
    const {
      row: rejected,
      from,
      to,
    } = await transitionCancelOrder(tx, row, "reject", {
      decidedAt: now,
      decidedBy: by.userId,
      rejectReason: input.reason,
      closedAt: now,
    });
    await auditCancel(tx, rejected, {
      by,
      action: "cancel_order.rejected",
      from,
      to,
      payload: { note: input.reason },
      now,
    });
    await notify(tx, {
      to: { consumerId: rejected.consumerId },
      kind: "cancel_order.rejected",
      record: { type: "cancel_order", id: rejected.id },
      now,
    });
    return { id: rejected.id, status: rejected.status };
  });
}

/**
 * DSP-CXL-4: the merchant refunds without waiting — during the 48h window, while the parcel is
 * being intercepted, or after a failed interception. Once per ledger key whatever the clicks.
 */
export async function forceRefundCancel(ctx: ServiceContext, input: z.infer<typeof cancelOrderIdInput>) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const { row } = await lockForReview(tx, shopId, input.cancelOrderId);
    const {
      row: refunded,
      from,
      to,
    } = await transitionCancelOrder(tx, row, "force_refund", { decidedAt: now, decidedBy: by.userId, dueAt: null });
    await auditCancel(tx, refunded, { by, action: "cancel_order.force_refunded", from, to, now });
    const refundedFen = await refundCancelOrder(tx, refunded, {
      by,
      now,
      cause: "cancel_review",
      why: systemText("cancelEarlyRefund"),
    });
    return { id: refunded.id, status: refunded.status, refundedFen };
  });
}
