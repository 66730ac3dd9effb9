import { and, desc, eq, inArray, isNotNull, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { cancelOrders, logisticsInterceptions, orders, shops } from "@/db/schema";
import { liveCancelOrderStatuses } from "@/server/domain/cancel-order";
import { DomainError, notFound } from "@/server/domain/errors";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { applyInterceptionOutcome } from "../cancel-orders/interception";
import { lockOrder } from "../cancel-orders/cancel-order-access";
import { isUuid } from "../ids";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import type { ServiceContext } from "../service-context";

const id = z.string().max(64);
export const reportInterceptionInput = z.strictObject({ interceptionId: id, outcome: z.enum(["succeeded", "failed"]) });
export const reportDeliveryInput = z.strictObject({ orderId: id, event: z.enum(["signed", "completed"]) });
export const listShipmentsInput = z.object({
  orderNo: z.string().trim().max(64).optional(),
  cursor: cursorInput,
  limit: limitInput,
});

const interceptionNotFound = () => notFound({ "zh-CN": "拦截记录不存在", en: "Interception not found" });

/**
 * The carrier's answer about an interception (DSP-CXL-4): in the demo an admin reports it; a
 * real carrier's webhook would call this too. A second report is a CONFLICT naming the first.
 */
export async function reportInterception(ctx: ServiceContext, input: z.infer<typeof reportInterceptionInput>) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    if (!isUuid(input.interceptionId)) throw interceptionNotFound();
    const [seen] = await tx
      .select()
      .from(logisticsInterceptions)
      .where(eq(logisticsInterceptions.id, input.interceptionId));
    if (!seen) throw interceptionNotFound();
    await lockOrder(tx, seen.orderId);
    const [current] = await tx.select().from(logisticsInterceptions).where(eq(logisticsInterceptions.id, seen.id));
    if (!current || current.status !== "requested") {
      throw new DomainError(
        "CONFLICT",
        "INTERCEPTION_RESOLVED",
        { "zh-CN": "该拦截已有结果,不能重复上报", en: "This interception already has an outcome" },
        { status: current?.status },
      );
    }
    const row = await applyInterceptionOutcome(tx, current, input.outcome, {
      by,
      now,
      reportedBy: by.userId ?? "admin",
    });
    return { interceptionId: current.id, status: input.outcome, cancelOrderId: row.id, cancelOrderStatus: row.status };
  });
}

/**
 * A delivery reaches the consumer (signed) or completes (SHOP-2). A parcel signed for while
 * an interception runs could not be stopped: that interception fails (interceptionFailedOutcome).
 */
export async function reportDelivery(ctx: ServiceContext, input: z.infer<typeof reportDeliveryInput>) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    const from = input.event === "signed" ? (["shipped"] as const) : (["shipped", "signed"] as const);
    if (!(from as readonly string[]).includes(order.status)) {
      throw new DomainError("CONFLICT", "DELIVERY_NOT_APPLICABLE", {
        "zh-CN": input.event === "signed" ? "仅已发货的订单可以上报签收" : "仅已发货或已签收的订单可以上报完成",
        en:
          input.event === "signed"
            ? "Only a shipped order can be signed for"
            : "Only a shipped or signed order can complete",
      });
    }
    const changes =
      input.event === "signed"
        ? { status: "signed" as const, signedAt: now }
        : { status: "completed" as const, signedAt: order.signedAt ?? now, completedAt: now };
    const [updated] = await tx
      .update(orders)
      .set(changes)
      .where(and(eq(orders.id, order.id), eq(orders.status, order.status)))
      .returning();
    if (!updated)
      throw new DomainError("CONFLICT", "STALE_STATE", {
        "zh-CN": "订单状态已变化,请刷新",
        en: "The order changed; refresh",
      });
    await emitAudit(tx, {
      shopId: order.shopId,
      recordType: "order",
      recordId: order.id,
      by,
      action: `order.${input.event}`,
      from: order.status,
      to: updated.status,
      at: now,
    });
    const running = await tx
      .select()
      .from(logisticsInterceptions)
      .where(and(eq(logisticsInterceptions.orderId, order.id), eq(logisticsInterceptions.status, "requested")));
    for (const interception of running)
      await applyInterceptionOutcome(tx, interception, "failed", { by, now, reportedBy: `delivery:${input.event}` });
    return { orderId: updated.id, status: updated.status };
  });
}

/**
 * The demo logistics desk: orders in transit or signed, and any order with an interception
 * waiting for its outcome, newest shipment first (keyset on shipped_at, id).
 */
export async function listShipments(ctx: ServiceContext, input: z.infer<typeof listShipmentsInput>) {
  const { db } = ctx;
  const cursor = decodeCursor(input.cursor);
  const waiting = db
    .select({ orderId: logisticsInterceptions.orderId })
    .from(logisticsInterceptions)
    .where(eq(logisticsInterceptions.status, "requested"));
  const where: (SQL | undefined)[] = [or(inArray(orders.status, ["shipped", "signed"]), inArray(orders.id, waiting))];
  if (input.orderNo) where.push(eq(orders.orderNo, input.orderNo));
  if (cursor)
    where.push(or(lt(orders.shippedAt, cursor.at), and(eq(orders.shippedAt, cursor.at), lt(orders.id, cursor.id))));
  const rows = await db
    .select({
      orderId: orders.id,
      orderNo: orders.orderNo,
      orderStatus: orders.status,
      deliveryType: orders.deliveryType,
      shippedAt: orders.shippedAt,
      signedAt: orders.signedAt,
      completedAt: orders.completedAt,
      carrier: orders.carrier,
      trackingNo: orders.trackingNo,
      shopName: shops.name,
    })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .where(and(...where, isNotNull(orders.shippedAt)))
    .orderBy(desc(orders.shippedAt), desc(orders.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => ({ at: r.shippedAt ?? new Date(0), id: r.orderId }));
  const ids = page.items.map((r) => r.orderId);
  const cancels = ids.length
    ? await db
        .select({
          id: cancelOrders.id,
          orderId: cancelOrders.orderId,
          status: cancelOrders.status,
          reason: cancelOrders.reason,
          dueAt: cancelOrders.dueAt,
          requestedAt: cancelOrders.requestedAt,
        })
        .from(cancelOrders)
        .where(
          and(
            inArray(cancelOrders.orderId, ids),
            inArray(cancelOrders.status, [...liveCancelOrderStatuses, "interception_failed"]),
          ),
        )
    : [];
  const interceptions = ids.length
    ? await db
        .select()
        .from(logisticsInterceptions)
        .where(inArray(logisticsInterceptions.orderId, ids))
        .orderBy(desc(logisticsInterceptions.requestedAt))
    : [];
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => {
      const cancel = cancels
        .filter((c) => c.orderId === r.orderId)
        .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime())[0];
      const interception = interceptions.find((i) => i.orderId === r.orderId);
      return {
        ...r,
        cancelOrder: cancel
          ? { id: cancel.id, status: cancel.status, reason: cancel.reason, dueAt: cancel.dueAt }
          : null,
        interception: interception
          ? {
              id: interception.id,
              status: interception.status,
              requestedAt: interception.requestedAt,
              resolvedAt: interception.resolvedAt,
            }
          : null,
      };
    }),
  };
}
