import { eq } from "drizzle-orm";
import { z } from "zod";
import { cancelOrders, orders, shops } from "@/db/schema";
import { consumerCancelReasons } from "@/server/domain/cancel-order";
import { actingOf } from "../acting";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { notify } from "../notifications/notify";
import { cancelRequestAvailability, newReviewDueAt } from "./availability";
import { cancelReasonLabels } from "./labels";
import {
  auditCancel,
  conflict,
  loadCancelOrder,
  lockOrder,
  orderNotFound,
  reloadCancelOrder,
  transitionCancelOrder,
} from "./cancel-order-access";
import { isUuid } from "../ids";
import type { RequestCancelInput } from "./request-cancel-input";

const id = z.string().max(64);
export const requestableInput = z.object({ orderId: id });
export const withdrawCancelInput = z.strictObject({ cancelOrderId: id });

/** The cancel page: may this order be cancelled now, why not, and the reasons to pick from. */
export async function getCancelRequestable(ctx: ServiceContext, input: z.infer<typeof requestableInput>) {
  const { db } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  if (!isUuid(input.orderId)) throw orderNotFound();
  const [row] = await db
    .select({ order: orders, shopName: shops.name })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(eq(orders.id, input.orderId));
  if (!row || row.order.consumerId !== consumerId) throw orderNotFound();
  const { order } = row;
  const availability = await cancelRequestAvailability(db, order);
  return {
    order: {
      id: order.id,
      orderNo: order.orderNo,
      status: order.status,
      deliveryType: order.deliveryType,
      amountFen: order.amountFen,
      shopName: row.shopName,
    },
    available: availability.why === null,
    unavailableReason: availability.why?.text ?? null,
    liveCancelOrderId: availability.live?.id ?? null,
    reasons: consumerCancelReasons.map((key) => ({ key, label: cancelReasonLabels[key] })),
  };
}

/**
 * A consumer asks to cancel their paid or shipped order (rules: server/domain/cancel-order.ts).
 * Locks the order row first, as a dispute plan does, so a request and a plan serialise
 * (DSP-CXL-5): arriving after a refunding plan it is refused with ALREADY_REFUNDED, after an
 * interception plan with CANCEL_IN_PROGRESS; arriving first it is settled by the plan.
 * The shop is notified at once (NTF-1).
 */
export async function requestCancel(ctx: ServiceContext, input: RequestCancelInput) {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId, eq(orders.consumerId, consumerId));
    const availability = await cancelRequestAvailability(tx, order);
    if (availability.why) throw availability.why;
    const [row] = await tx
      .insert(cancelOrders)
      .values({
        shopId: order.shopId,
        orderId: order.id,
        consumerId,
        status: "pending",
        reason: input.reason,
        note: input.note ?? null,
        requestedAt: now,
        reviewDueAt: await newReviewDueAt(tx, now, order.shopId),
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict("CANCEL_IN_PROGRESS", {
        "zh-CN": "该订单已有处理中的取消申请,请查看进度",
        en: "This order already has a cancellation in progress; follow that one",
      });
    await auditCancel(tx, row, {
      by,
      action: "cancel_order.requested",
      to: row.status,
      payload: { reason: row.reason, note: row.note ?? undefined, orderNo: order.orderNo },
      now,
    });
    await notify(tx, {
      to: { shopId: row.shopId },
      kind: "cancel_order.requested",
      params: { reason: row.reason },
      record: { type: "cancel_order", id: row.id },
      now,
    });
    return { id: row.id, status: row.status, requestedAt: row.requestedAt, reviewDueAt: row.reviewDueAt };
  });
}

/** The consumer withdraws their own request while it is still pending (closed, nothing refunded). */
export async function withdrawCancel(ctx: ServiceContext, input: z.infer<typeof withdrawCancelInput>) {
  const { db, now } = ctx;
  const tenant = tenantOfKind(ctx.tenant, "consumer");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const seen = await loadCancelOrder(tx, tenant, input.cancelOrderId);
    await lockOrder(tx, seen.orderId);
    const current = await reloadCancelOrder(tx, seen.id);
    const { row, from, to } = await transitionCancelOrder(tx, current, "withdraw", { closedAt: now });
    await auditCancel(tx, row, { by, action: "cancel_order.withdrawn", from, to, now });
    return { id: row.id, status: row.status };
  });
}
