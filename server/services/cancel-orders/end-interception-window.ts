import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cancelOrders } from "@/db/schema";
import { systemText } from "@/server/domain/system-text";
import { windowEndOutcome } from "@/server/domain/cancel-order";
import { isPastDue } from "@/server/domain/deadlines";
import { SYSTEM } from "../acting";
import { notify } from "../notifications/notify";
import type { ServiceContext } from "../service-context";
import { startInterception } from "./interception";
import { auditCancel, lockOrder, reloadCancelOrder, transitionCancelOrder } from "./cancel-order-access";
import { refundCancelOrder } from "./refund-cancel-order";

/**
 * DSP-CXL-4: the 48h window of a logistics_pending cancel order ends (run by the sweeper as
 * the system). Third-party delivery (or a parcel already signed) → refund; platform delivery
 * in transit → approved and intercepting, refunded when the interception succeeds; order
 * completed by then → closed with a note, nothing refunded automatically. Idempotent: a cancel
 * order the merchant already handled, or not yet due, is left alone (returns false).
 */
export async function endInterceptionWindow(ctx: ServiceContext, input: { cancelOrderId: string }): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ orderId: cancelOrders.orderId })
      .from(cancelOrders)
      .where(eq(cancelOrders.id, input.cancelOrderId));
    return row ? endWindow(tx, { cancelOrderId: input.cancelOrderId, orderId: row.orderId, now: ctx.now }) : false;
  });
}

async function endWindow(tx: Tx, args: { cancelOrderId: string; orderId: string; now: Date }): Promise<boolean> {
  const { cancelOrderId, orderId, now } = args;
  const by = SYSTEM;
  const order = await lockOrder(tx, orderId);
  const row = await reloadCancelOrder(tx, cancelOrderId);
  if (row.status !== "logistics_pending" || !row.dueAt || !isPastDue(row.dueAt, now)) return false;
  const outcome = windowEndOutcome(order);
  const window = { dueAt: row.dueAt.toISOString(), orderStatus: order.status, deliveryType: order.deliveryType };

  if (outcome === "close") {
    const message = systemText("interceptionWindowClosedCompleted");
    const {
      row: closed,
      from,
      to,
    } = await transitionCancelOrder(tx, row, "window_close", { closedAt: now, decidedAt: now, noteMessage: message });
    await auditCancel(tx, closed, {
      by,
      action: "cancel_order.window_ended",
      from,
      to,
      payload: { ...window, outcome, message },
      now,
    });
    await notify(tx, {
      to: { consumerId: closed.consumerId },
      kind: "cancel_order.closed",
      params: { why: "order_completed" },
      record: { type: "cancel_order", id: closed.id },
      now,
    });
    return true;
  }
  if (outcome === "refund") {
    const {
      row: refunded,
      from,
      to,
    } = await transitionCancelOrder(tx, row, "window_refund", { decidedAt: now, dueAt: null });
    await auditCancel(tx, refunded, {
      by,
      action: "cancel_order.window_ended",
      from,
      to,
      payload: { ...window, outcome },
      now,
    });
    await refundCancelOrder(tx, refunded, {
      by,
      now,
      cause: "interception",
      why: systemText("interceptionWindowRefund"),
    });
    return true;
  }
  const {
    row: intercepting,
    from,
    to,
  } = await transitionCancelOrder(tx, row, "intercept", { decidedAt: now, dueAt: null });
  await auditCancel(tx, intercepting, {
    by,
    action: "cancel_order.window_ended",
    from,
    to,
    payload: { ...window, outcome },
    now,
  });
  await startInterception(tx, intercepting, order, { by, now });
  return true;
}
