import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import { approvalOutcome } from "@/server/domain/cancel-order";
import { acting } from "../acting";
import { notify } from "../notifications/notify";
import { startInterception } from "./interception";
import { auditCancel, loadCancelOrder, lockOrder, reloadCancelOrder, transitionCancelOrder } from "./internal";
import { refundCancelOrder } from "./refund-cancel-order";

const id = z.string().max(64);
export const cancelOrderIdInput = z.strictObject({ cancelOrderId: id });
export const rejectCancelInput = z.strictObject({
  cancelOrderId: id,
  reason: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字说明驳回理由 / Give the reason in at least 5 characters" })
    .max(500, { error: "驳回理由最多 500 字 / At most 500 characters" }),
});

type ReviewArgs<I> = { db: Db; actor: Actor; shopId: string; now: Date; input: I };

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
export async function approveCancel(args: ReviewArgs<z.infer<typeof cancelOrderIdInput>>) {
  const { db, actor, shopId, now, input } = args;
  const by = acting(actor, "merchant");
  return db.transaction(async (tx) => {
    const { order, row } = await lockForReview(tx, shopId, input.cancelOrderId);
    const outcome = approvalOutcome(order);
    const decided = { decidedAt: now, decidedBy: by.userId, dueAt: null };
    const { row: approved, from, to } = await transitionCancelOrder(tx, row, outcome, decided);
    await auditCancel(tx, approved, { by, action: "cancel_order.approved", from, to, payload: { outcome }, now });
    await notify(tx, { to: { consumerId: approved.consumerId }, kind: "cancel_order.approved", params: { outcome: outcome === "refund" ? "refunded" : "intercepting" }, record: { type: "cancel_order", id: approved.id }, now });
    if (outcome === "refund") {
      const refundedFen = await refundCancelOrder(tx, approved, { by, now, why: "商家同意取消订单 / Merchant approved the cancellation" });
      return { id: approved.id, status: approved.status, refundedFen };
    }
    const after = await startInterception(tx, approved, order, { by, now });
    return { id: after.id, status: after.status, refundedFen: 0 };
  });
}

/** DSP-CXL-3: the merchant rejects a pending request by hand, with a reason for the consumer. */
export async function rejectCancel(args: ReviewArgs<z.infer<typeof rejectCancelInput>>) {
  const { db, actor, shopId, now, input } = args;
  const by = acting(actor, "merchant");
  return db.transaction(async (tx) => {
    const { row } = await lockForReview(tx, shopId, input.cancelOrderId);
    const { row: rejected, from, to } = await transitionCancelOrder(tx, row, "reject", { decidedAt: now, decidedBy: by.userId, rejectReason: input.reason, closedAt: now });
    await auditCancel(tx, rejected, { by, action: "cancel_order.rejected", from, to, payload: { note: input.reason }, now });
    await notify(tx, { to: { consumerId: rejected.consumerId }, kind: "cancel_order.rejected", record: { type: "cancel_order", id: rejected.id }, now });
    return { id: rejected.id, status: rejected.status };
  });
}

/**
 * DSP-CXL-4: the merchant refunds without waiting — during the 48h window, while the parcel is
 * being intercepted, or after a failed interception. Once per ledger key whatever the clicks.
 */
export async function forceRefundCancel(args: ReviewArgs<z.infer<typeof cancelOrderIdInput>>) {
  const { db, actor, shopId, now, input } = args;
  const by = acting(actor, "merchant");
  return db.transaction(async (tx) => {
    const { row } = await lockForReview(tx, shopId, input.cancelOrderId);
    const { row: refunded, from, to } = await transitionCancelOrder(tx, row, "force_refund", { decidedAt: now, decidedBy: by.userId, dueAt: null });
    await auditCancel(tx, refunded, { by, action: "cancel_order.force_refunded", from, to, now });
    const refundedFen = await refundCancelOrder(tx, refunded, { by, now, why: "商家提前退款 / Merchant refunded early" });
    return { id: refunded.id, status: refunded.status, refundedFen };
  });
}
