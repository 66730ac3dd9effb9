import { windowEndOutcome, type CancelOrderStatus, type CancelReason } from "@/server/domain/cancel-order";
import type { DeliveryType, OrderStatus } from "@/server/domain/order";

/** What the cancel-order page needs to say where a cancel order stands and what comes next. */
export interface CancelFacts {
  status: CancelOrderStatus;
  reason: CancelReason;
  disputeId: string | null;
  dueAt: Date | null;
  refundedFen: number;
  order: { status: OrderStatus; deliveryType: DeliveryType; amountFen: number };
}

export type ExplainKey =
  | "pending"
  | "pendingDispute"
  | "windowRefund"
  | "windowIntercept"
  | "windowClose"
  | "windowCompletedNote"
  | "merchantEarly"
  | "intercepting"
  | "interception_failed"
  | "refund_succeeded"
  | "rejected"
  | "closed"
  | "closedCompleted";

export interface ExplainLine {
  key: ExplainKey;
  amountFen?: number;
  at?: Date;
}

/**
 * DSP-CXL-2..4 in plain words: the cancel order's state and what happens next, and when.
 * The 48h window's end is read from the same domain rule the sweeper applies
 * (`windowEndOutcome`), so the page promises what the system will do.
 */
export function explainCancelOrder(c: CancelFacts): ExplainLine[] {
  const amountFen = c.order.amountFen;
  switch (c.status) {
    case "pending":
      return c.disputeId ? [{ key: "pending" }, { key: "pendingDispute" }] : [{ key: "pending" }];
    case "logistics_pending": {
      const at = c.dueAt ?? undefined;
      const outcome = windowEndOutcome({
        status: c.order.status,
        deliveryType: c.order.deliveryType,
        worryFree: false,
      });
      if (outcome === "close") return [{ key: "windowClose", at }, { key: "merchantEarly" }];
      return [
        { key: outcome === "refund" ? "windowRefund" : "windowIntercept", at, amountFen },
        { key: "windowCompletedNote" },
        { key: "merchantEarly" },
      ];
    }
    case "intercepting":
      return [{ key: "intercepting", amountFen }];
    case "interception_failed":
      return [{ key: "interception_failed" }];
    case "refund_succeeded":
      return [{ key: "refund_succeeded", amountFen: c.refundedFen > 0 ? c.refundedFen : amountFen }];
    case "rejected":
      return [{ key: "rejected" }];
    case "closed":
      return [
        { key: c.reason === "dispute_interception" && c.order.status === "completed" ? "closedCompleted" : "closed" },
      ];
  }
}
