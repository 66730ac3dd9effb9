import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { logisticsInterceptions } from "@/db/schema";
import { systemText } from "@/server/domain/system-text";
import type { InterceptionStatus } from "@/server/domain/cancel-order";
import type { Acting } from "../acting";
import { platformLogistics } from "../logistics/platform-logistics";
import { notify } from "../notifications/notify";
import {
  auditCancel,
  reloadCancelOrder,
  transitionCancelOrder,
  type CancelOrderRow,
  type OrderRow,
} from "./cancel-order-access";
import { refundCancelOrder } from "./refund-cancel-order";

export type InterceptionRow = typeof logisticsInterceptions.$inferSelect;

/**
 * DSP-CXL-4: a cancel order that just became `intercepting` asks platform logistics to stop
 * the parcel and records the interception (one per cancel order). A carrier that refuses at
 * once is a failed interception straight away. The order row is locked by the caller.
 */
export async function startInterception(
  tx: Tx,
  row: CancelOrderRow,
  order: OrderRow,
  args: { by: Acting; now: Date },
): Promise<CancelOrderRow> {
  const { by, now } = args;
  const answer = await platformLogistics().requestInterception({
    orderId: order.id,
    cancelOrderId: row.id,
    carrier: order.carrier,
    trackingNo: order.trackingNo,
    now,
  });
  const [interception] = await tx
    .insert(logisticsInterceptions)
    .values({ orderId: order.id, cancelOrderId: row.id, status: "requested", requestedAt: now })
    .onConflictDoNothing()
    .returning();
  await auditCancel(tx, row, {
    by,
    action: "cancel_order.interception_requested",
    payload: { carrier: platformLogistics().name, answer: answer.kind },
    now,
  });
  if (answer.kind === "refused" && interception) {
    return applyInterceptionOutcome(tx, interception, "failed", { by, now, reportedBy: `carrier:${answer.why}` });
  }
  return row;
}

/**
 * The carrier's answer about one interception (the order row is locked by the caller):
 * succeeded → the cancel order refunds (DSP-CXL-4); failed → interception_failed (see
 * interceptionFailedOutcome in server/domain/cancel-order.ts). Compare-and-set on
 * `requested`, so a second report of the same interception changes nothing and says so.
 * If the merchant already refunded (force refund), only the interception is recorded.
 */
export async function applyInterceptionOutcome(
  tx: Tx,
  interception: InterceptionRow,
  outcome: Exclude<InterceptionStatus, "requested">,
  args: { by: Acting; now: Date; reportedBy: string },
): Promise<CancelOrderRow> {
  const { by, now, reportedBy } = args;
  const [resolved] = await tx
    .update(logisticsInterceptions)
    .set({ status: outcome, resolvedAt: now, reportedBy })
    .where(and(eq(logisticsInterceptions.id, interception.id), eq(logisticsInterceptions.status, "requested")))
    .returning();
  const row = await reloadCancelOrder(tx, interception.cancelOrderId);
  if (!resolved || row.status !== "intercepting") {
    if (resolved)
      await auditCancel(tx, row, {
        by,
        action: `cancel_order.interception_${outcome}`,
        payload: { message: systemText("interceptionAfterSettled") },
        now,
      });
    return row;
  }
  if (outcome === "succeeded") {
    const {
      row: refunded,
      from,
      to,
    } = await transitionCancelOrder(tx, row, "interception_succeeded", { decidedAt: now, dueAt: null });
    await auditCancel(tx, refunded, { by, action: "cancel_order.interception_succeeded", from, to, now });
    await refundCancelOrder(tx, refunded, { by, now, cause: "interception", why: systemText("interceptionSucceeded") });
    return refunded;
  }
  const {
    row: failed,
    from,
    to,
  } = await transitionCancelOrder(tx, row, "interception_failed", { decidedAt: now, dueAt: null, note: row.note });
  await auditCancel(tx, failed, {
    by,
    action: "cancel_order.interception_failed",
    from,
    to,
    payload: { reportedBy },
    now,
  });
  const record = { type: "cancel_order" as const, id: failed.id };
  await notify(tx, { to: { consumerId: failed.consumerId }, kind: "cancel_order.interception_failed", record, now });
  await notify(tx, { to: { shopId: failed.shopId }, kind: "cancel_order.interception_failed", record, now });
  return failed;
}
