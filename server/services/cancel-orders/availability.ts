import { and, eq, notInArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { disputes } from "@/db/schema";
import {
  cancelDisputableOrder,
  cancelDisputeGate,
  isConsumerCancelReason,
  requestableOrderStatus,
} from "@/server/domain/cancel-order";
import { dueAfter } from "@/server/domain/deadlines";
import { isUnpaidOrder } from "@/server/domain/order";
import { cancelReviewWindowMs } from "@/server/domain/policies/cancel-dispute-windows";
import { currentDisputePolicy } from "@/server/domain/policies/registry";
import { refreshPolicyCache } from "@/server/services/policies/policy-cache";
import type { DomainError } from "@/server/domain/errors";
import {
  conflict,
  latestCancelOrderOf,
  liveCancelOrderOf,
  refundedFenOf,
  type CancelOrderRow,
  type OrderRow,
} from "./cancel-order-access";

export type CancelAvailability = { why: DomainError | null; live: CancelOrderRow | null };

/**
 * DSP-CXL-7: a consumer request's review deadline. Recorded when the request is made; a row
 * written before the column existed falls back to the current window from its request time.
 */
export function reviewDueOf(row: Pick<CancelOrderRow, "reviewDueAt" | "requestedAt">): Date {
  if (row.reviewDueAt) return row.reviewDueAt;
  const policy = currentDisputePolicy("order_cancel");
  return dueAfter(row.requestedAt, cancelReviewWindowMs(policy.id, policy.version));
}

/** DSP-CXL-7: the review deadline a request made now gets: the shop's cancel-dispute version (ROL-1/2, fixed on the row). */
export async function newReviewDueAt(db: DbOrTx, now: Date, shopId: string): Promise<Date> {
  await refreshPolicyCache(db);
  const policy = currentDisputePolicy("order_cancel", shopId);
  return dueAfter(now, cancelReviewWindowMs(policy.id, policy.version));
}

/** Refunded in full (by a plan, a judgment or an approved request): nothing left to cancel. */
async function alreadyRefunded(db: DbOrTx, order: OrderRow): Promise<DomainError | null> {
  if (order.status !== "cancelled" && (await refundedFenOf(db, order.id)) < order.amountFen) return null;
  const latest = await latestCancelOrderOf(db, order.id);
  if (latest?.status === "refund_succeeded" && !isConsumerCancelReason(latest.reason)) {
    return conflict(
      "ALREADY_REFUNDED",
      {
        "zh-CN": "商家已通过纠纷方案为该订单全额退款,订单已取消,无需再申请取消",
        en: "The merchant already refunded this order in full through a dispute plan; it is cancelled, no request needed",
      },
      { cancelOrderId: latest.id },
    );
  }
  return conflict("ALREADY_REFUNDED", {
    "zh-CN": "该订单已全额退款,无需再申请取消",
    en: "This order was already refunded in full",
  });
}

/** An order never paid has nothing to cancel or dispute: the marketplace closes it unpaid. */
function unpaidRefusal(order: OrderRow): DomainError | null {
  if (!isUnpaidOrder(order.status)) return null;
  return conflict("ORDER_UNPAID", {
    "zh-CN": "订单未付款,无需取消,也不能发起取消纠纷",
    en: "The order was never paid; there is nothing to cancel or dispute",
  });
}

/**
 * Whether the consumer may ask to cancel this order now (rules in server/domain/cancel-order.ts:
 * requestableOrderStatus). A live cancel order is reported so the page can link to it.
 */
export async function cancelRequestAvailability(db: DbOrTx, order: OrderRow): Promise<CancelAvailability> {
  const live = await liveCancelOrderOf(db, order.id);
  const unpaid = unpaidRefusal(order);
  if (unpaid) return { why: unpaid, live };
  const refunded = await alreadyRefunded(db, order);
  if (refunded) return { why: refunded, live };
  if (live) {
    const byPlan = live.disputeId !== null;
    return {
      live,
      why: conflict(
        "CANCEL_IN_PROGRESS",
        byPlan
          ? {
              "zh-CN": "商家已通过纠纷方案处理取消(物流拦截中),请查看进度",
              en: "The merchant is already cancelling this order through a dispute plan (logistics interception); follow its progress",
            }
          : {
              "zh-CN": "该订单已有处理中的取消申请,请查看进度",
              en: "This order already has a cancellation in progress; follow that one",
            },
        { cancelOrderId: live.id },
      ),
    };
  }
  if (!requestableOrderStatus(order)) {
    return {
      live,
      why: conflict("CANCEL_NOT_ALLOWED", {
        "zh-CN": "仅已付款或已发货的订单可以申请取消;已签收的订单请申请售后",
        en: "Only paid or shipped orders can be cancelled; for a delivered order, request after-sales instead",
      }),
    };
  }
  const latest = await latestCancelOrderOf(db, order.id);
  if (latest?.status === "interception_failed") {
    return {
      live,
      why: conflict(
        "INTERCEPTION_FAILED",
        {
          "zh-CN": "物流拦截未成功,包裹将继续派送;可拒收或签收后申请退货",
          en: "The parcel could not be intercepted and is on its way; refuse delivery or return it after receipt",
        },
        { cancelOrderId: latest.id },
      ),
    };
  }
  return { why: null, live };
}

/** The order's cancel dispute still in progress, if any (one per order, DSP-1). */
export async function liveCancelDisputeId(db: DbOrTx, orderId: string): Promise<string | null> {
  const [live] = await db
    .select({ id: disputes.id })
    .from(disputes)
    .where(
      and(
        eq(disputes.orderId, orderId),
        eq(disputes.scenario, "order_cancel"),
        notInArray(disputes.status, ["settled", "judged"]),
      ),
    )
    .limit(1);
  return live?.id ?? null;
}

export type CancelDisputeAvailability = CancelAvailability & { availableAt: Date | null };

/**
 * Whether the consumer may open a cancel dispute now (cancelDisputableOrder): paid or shipped,
 * not worry-free (WO-TM-6), not refunded in full, no dispute plan's cancel order running, and
 * the merchant rejected the request or let its review window pass (DSP-CXL-7, cancelDisputeGate).
 * `availableAt`: when a pending request's review window ends, if that is what holds it back.
 */
export async function cancelDisputeAvailability(
  db: DbOrTx,
  order: OrderRow,
  now: Date,
): Promise<CancelDisputeAvailability> {
  const base = await cancelDisputeBasics(db, order);
  if (base.why) return { ...base, availableAt: null };
  const latest = await latestCancelOrderOf(db, order.id);
  const gate = cancelDisputeGate(latest && { status: latest.status, reviewDueAt: reviewDueOf(latest) }, now);
  if (gate.kind === "open") return { ...base, availableAt: null };
  if (gate.kind === "wait") {
    const why = conflict(
      "CANCEL_REVIEW_PENDING",
      {
        "zh-CN": "商家仍在审核您的取消申请;商家驳回或审核时限届满仍未处理后,方可申请取消订单纠纷",
        en: "The merchant is still within the time to review your cancel request; a cancellation dispute opens once they reject it or the review window ends",
      },
      { cancelOrderId: latest?.id, availableAt: gate.availableAt.toISOString() },
    );
    return { ...base, why, availableAt: gate.availableAt };
  }
  const why = conflict("CANCEL_REQUEST_REQUIRED", {
    "zh-CN": "请先申请取消订单;商家驳回申请或审核超时未处理后,方可申请取消订单纠纷",
    en: "Ask to cancel the order first; a cancellation dispute opens once the merchant rejects the request or lets its review window pass",
  });
  return { ...base, why, availableAt: null };
}

async function cancelDisputeBasics(db: DbOrTx, order: OrderRow): Promise<CancelAvailability> {
  const live = await liveCancelOrderOf(db, order.id);
  const unpaid = unpaidRefusal(order);
  if (unpaid) return { why: unpaid, live };
  const refunded = await alreadyRefunded(db, order);
  if (refunded) return { why: refunded, live };
  if (order.worryFree) {
    return {
      live,
      why: conflict("WORRY_FREE_ORDER", {
        "zh-CN": "无忧采购订单按其专属流程处理,不能发起纠纷",
        en: "Worry-free purchase orders follow their own process and cannot be disputed",
      }),
    };
  }
  if (!cancelDisputableOrder(order)) {
    return {
      live,
      why: conflict("CANCEL_DISPUTE_NOT_ALLOWED", {
        "zh-CN": "仅已付款或已发货的订单可以发起取消订单纠纷",
        en: "A cancellation dispute can only be opened on a paid or shipped order",
      }),
    };
  }
  if (live?.disputeId) {
    return {
      live,
      why: conflict(
        "CANCEL_IN_PROGRESS",
        {
          "zh-CN": "纠纷方案的取消处理仍在进行中,请查看进度",
          en: "A dispute plan's cancellation is still in progress; follow it",
        },
        { cancelOrderId: live.id },
      ),
    };
  }
  return { why: null, live };
}
