import { count, eq } from "drizzle-orm";
import { orders, serviceOrderItems, serviceOrders } from "@/db/schema";
import { serviceTrack } from "@/server/domain/after-sales";
import {
  afterSalesOptions,
  applicationContentProblem,
  applicationProblem,
  applicationRefused,
} from "@/server/domain/after-sales-options";
import { approvalEvent } from "@/server/domain/machines/service-order";
import { platformDeadlinePolicyVersion } from "@/server/domain/policies/platform-deadlines";
import { newServiceOrderPolicy } from "@/server/services/policies/new-item-policy";
import { serviceOrderDeadline } from "@/server/domain/service-order-deadlines";
import { fastReviewApplies, requestedResultOf } from "@/server/domain/service-order-results";
import { actingOf, SYSTEM } from "../acting";
import { notifyServiceOrderApplied, notifyServiceOrderApproved } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import type { ApplyForServiceInput } from "./apply-for-service-input";
import { itemFactsOf, shopServicesOf } from "./application-facts";
import { lockOrderRow } from "./service-order-access";
import { applicationContentError, itemsNotOfOrder, liveServiceOrderExists } from "./service-order-errors";
import { attachPhotos } from "./service-order-money";
import { auditServiceOrder, dueColumns, moveServiceOrder, openDeadline } from "./service-order-writes";

/**
 * AS-1/AS-7: the consumer applies for after-sales on their signed or completed order. Locks
 * the order (one application at a time; the one-live-per-item index backs it), checks every
 * item against the windows and quantities, the reason's description/photo needs, then creates
 * the service order in 待审核 with the review deadline (AS-2: 24h for 七天无理由, else 48h),
 * pinning the policy versions (ROL-1) and the shop's services as they are now. SVC-1 极速审核
 * approves a 七天无理由 return in the same transaction.
 */
export async function applyForService(ctx: ServiceContext, input: ApplyForServiceInput) {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const order = await lockOrderRow(tx, input.orderId, eq(orders.consumerId, consumerId));
    const { policy, pins } = await newServiceOrderPolicy(tx, order.shopId);
    const { facts } = await itemFactsOf(tx, order.id);
    const options = afterSalesOptions(order, facts, policy, now);
    const ids = input.items.map((i) => i.orderItemId);
    if (new Set(ids).size !== ids.length) throw itemsNotOfOrder();
    const { repairMode } = input;
    for (const item of input.items) {
      const option = options.find((o) => o.orderItemId === item.orderItemId);
      if (!option) throw itemsNotOfOrder();
      const choice = { type: input.type, reason: input.reason, repairMode, quantity: item.quantity };
      const problem = applicationProblem(option, choice);
      if (problem === "live_service_order") throw liveServiceOrderExists();
      if (problem) throw applicationRefused(problem, { orderItemId: item.orderItemId });
    }
    const content = applicationContentProblem(policy, input.reason, {
      description: input.description,
      photoCount: input.photos.length,
    });
    if (content) throw applicationContentError(content);

    const services = await shopServicesOf(tx, order.shopId);
    const platform = platformDeadlinePolicyVersion(pins.platformDeadlinePolicyVersion);
    const [made] = await tx.select({ n: count() }).from(serviceOrders).where(eq(serviceOrders.orderId, order.id));
    const serviceNo = `SV${order.orderNo}-${String((made?.n ?? 0) + 1).padStart(2, "0")}`;
    const review = serviceOrderDeadline(
      "pending_review",
      { at: now, reason: input.reason, flashRefunded: false },
      { afterSales: policy, platform },
    );
    const [row] = await tx
      .insert(serviceOrders)
      .values({
        shopId: order.shopId,
        orderId: order.id,
        consumerId,
        serviceNo,
        type: input.type,
        repairMode,
        reason: input.reason,
        description: input.description,
        status: "pending_review",
        ...pins,
        services,
        requestedResult: requestedResultOf(input.type, repairMode),
        appliedAt: now,
        ...dueColumns(review),
      })
      .returning();
    if (!row) throw new Error("applyForService: insert returned no row");
    await tx
      .insert(serviceOrderItems)
      .values(input.items.map((i) => ({ serviceOrderId: row.id, orderItemId: i.orderItemId, quantity: i.quantity })));
    if (review) await openDeadline(tx, row, review);
    await attachPhotos(tx, row, {
      slot: policy.slots.application,
      fileIds: input.photos,
      by,
      uploaderShopId: null,
      now,
    });
    await auditServiceOrder(tx, row, {
      by,
      action: "applied",
      to: row.status,
      payload: {
        type: row.type,
        repairMode: row.repairMode,
        reason: row.reason,
        orderNo: order.orderNo,
        items: input.items.map((i) => ({ orderItemId: i.orderItemId, quantity: i.quantity })),
      },
      now,
    });
    if (!fastReviewApplies(services, { type: row.type, reason: row.reason })) {
      await notifyServiceOrderApplied(tx, row, now);
      return { id: row.id, serviceNo: row.serviceNo, status: row.status, dueAt: row.dueAt };
    }
    // SVC-1 极速审核: approved on application; nobody reviewed, so the review deadline is void.
    const moved = await moveServiceOrder(tx, row, {
      event: approvalEvent(serviceTrack(row.type, row.repairMode)),
      by: SYSTEM,
      action: "fast_review_approved",
      now,
      settleAs: "void",
      changes: { approvedAt: now, approvedBy: "system" },
      payload: { service: "fast_review" },
    });
    await notifyServiceOrderApproved(tx, moved.row, "fast_review", now);
    return { id: row.id, serviceNo: row.serviceNo, status: moved.row.status, dueAt: moved.row.dueAt };
  });
}
