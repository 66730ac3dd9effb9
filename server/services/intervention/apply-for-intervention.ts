import { and, eq, inArray } from "drizzle-orm";
import { orders, shops, workOrders } from "@/db/schema";
import { dueAfter } from "@/server/domain/deadlines";
import { DomainError, notFound } from "@/server/domain/errors";
import { newWorkOrderPolicy } from "@/server/services/policies/new-item-policy";
import { isUnpaidOrder, type OrderStatus } from "@/server/domain/order";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import { notify } from "../notifications/notify";
import { type InterventionType } from "./intervention-work-order";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import type { ApplyForInterventionInput } from "./apply-for-intervention-input";

const orderNotFound = () => notFound({ "zh-CN": "订单不存在", en: "Order not found" });
const refuse = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

/** Which type applies to which order and shop (choices documented in the policy modules). */
function assertApplies(type: InterventionType, order: { status: OrderStatus }, marketplaceStyle: string): void {
  if (isUnpaidOrder(order.status))
    throw refuse(
      "ORDER_UNPAID",
      "订单未付款,无法申请平台介入",
      "The order was never paid; platform intervention is not available",
    );
  if (type === "collaborative") {
    if (marketplaceStyle !== "tmall" && marketplaceStyle !== "taobao") {
      throw refuse(
        "TYPE_NOT_AVAILABLE",
        "协同工单仅适用于天猫/淘宝店铺的订单",
        "Collaborative work orders are only for Tmall/Taobao-style shops",
      );
    }
    if (order.status === "cancelled")
      throw refuse(
        "ORDER_CANCELLED",
        "订单已取消,无法申请平台介入",
        "The order is cancelled; platform intervention is not available",
      );
    return;
  }
  if (order.status !== "signed" && order.status !== "completed") {
    throw refuse(
      "ORDER_NOT_SIGNED",
      "订单尚未签收,暂不能以此原因申请平台介入",
      "The order has not been signed for yet; this reason is not available",
    );
  }
}

/**
 * WO-1: the consumer applies for platform intervention (申请平台介入) on their own order. The
 * platform opens a merchant work order that states the claim, the policy it runs under
 * (ROL-1) and its deadline (policy window). Worry-free purchase orders follow their own
 * process (WO-TM-6) and are refused. One intervention work order of a type per order is in
 * flight at a time: the order row is locked so concurrent applications serialise.
 */
export async function applyForIntervention(ctx: ServiceContext, input: ApplyForInterventionInput) {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const by = actingOf(ctx);
  if (!isUuid(input.orderId)) throw orderNotFound();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ order: orders, marketplaceStyle: shops.marketplaceStyle })
      .from(orders)
      .innerJoin(shops, eq(shops.id, orders.shopId))
      .where(and(eq(orders.id, input.orderId), eq(orders.consumerId, consumerId)))
      .limit(1)
      .for("update", { of: orders });
    if (!found) throw orderNotFound();
    const { order, marketplaceStyle } = found;
    if (order.worryFree) {
      throw refuse(
        "WORRY_FREE_ORDER",
        "无忧采购订单按其专属售后流程处理,不适用平台介入工单",
        "Worry-free purchase orders follow their own process and cannot go to platform intervention",
      );
    }
    assertApplies(input.type, order, marketplaceStyle);

    const [inFlight] = await tx
      .select({ id: workOrders.id })
      .from(workOrders)
      .where(
        and(
          eq(workOrders.orderId, order.id),
          eq(workOrders.type, input.type),
          inArray(workOrders.status, ["open", "reviewing", "judging"]),
        ),
      )
      .limit(1);
    if (inFlight) {
      throw new DomainError(
        "CONFLICT",
        "INTERVENTION_IN_PROGRESS",
        {
          "zh-CN": "该订单已有同类平台介入工单在处理中,请等待处理结果",
          en: "A work order of this kind is already in progress for this order",
        },
        { workOrderId: inFlight.id },
      );
    }

    const { policy, pins } = await newWorkOrderPolicy(tx, input.type, order.shopId);
    const [opened] = await tx
      .insert(workOrders)
      .values({
        shopId: order.shopId,
        orderId: order.id,
        consumerId: order.consumerId,
        type: input.type,
        status: "open",
        routedTo: "merchant",
        invoiceRequestId: null,
        ...pins,
        claim: input.claim,
        openedAt: now,
        dueAt: dueAfter(now, policy.replyWindowMs),
      })
      .returning();
    if (!opened) throw new Error("applyForIntervention: insert returned no row");

    await emitAudit(tx, {
      shopId: order.shopId,
      recordType: "work_order",
      recordId: opened.id,
      by,
      action: "work_order.opened",
      to: "open",
      payload: {
        type: input.type,
        claim: input.claim,
        policyId: policy.id,
        policyVersion: policy.version,
        dueAt: opened.dueAt?.toISOString(),
      },
      at: now,
    });
    await notify(tx, {
      to: { shopId: order.shopId },
      kind: "work_order.opened",
      params: { type: input.type, orderNo: order.orderNo },
      record: { type: "work_order", id: opened.id },
      now,
    });
    return {
      workOrderId: opened.id,
      status: opened.status,
      dueAt: opened.dueAt,
      policyId: policy.id,
      policyVersion: policy.version,
    };
  });
}
