import { windowEndOutcome } from "@/server/domain/cancel-order";
import type { LiableParty, RemedyKind } from "@/server/domain/dispute";
import type { LocalizedText } from "@/server/domain/errors";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";

/** One sentence of the outlook: a `dispute` message key and the values it needs. */
export interface OutlookLine {
  key: string;
  at?: Date;
  amountFen?: number;
  reason?: LocalizedText;
  liable?: LiableParty;
  remedy?: RemedyKind;
}

type Detail = Pick<DisputeDetail, "viewer" | "dispute" | "chosenPlan" | "judgment" | "cancel" | "order">;

/**
 * DSP-CXL-2..4: what the chosen cancel plan did and does next, with amounts and instants —
 * e.g. "商家已同意退款 ¥128.00,已原路退回" or "…11月25日 14:00 前商家未退款的,系统将自动退款".
 * The 48h window's end uses the same domain rule as the sweeper. Invoice plans: [] (their
 * explanation is static policy text).
 */
export function planLines(detail: Detail): OutlookLine[] {
  const { chosenPlan: plan, cancel } = detail;
  if (!plan || plan.kind !== "settlement" || !cancel) return [];
  const planOrder = cancel.cancelOrders.find((c) => c.id === cancel.planCancelOrderId) ?? null;
  const amountFen = cancel.refundableFen > 0 ? cancel.refundableFen : detail.order.amountFen;
  switch (plan.key) {
    case "direct_refund": {
      const refund =
        cancel.refunds.find((r) => r.sourceType === "dispute") ?? cancel.refunds[cancel.refunds.length - 1];
      return refund
        ? [{ key: "cancelPlan.directRefundDone", amountFen: refund.amountFen, at: refund.createdAt }]
        : [{ key: "cancelPlan.directRefundPending", amountFen }];
    }
    case "agreed_rejection": {
      const pending = cancel.cancelOrders.some((c) => c.status === "pending");
      const lines: OutlookLine[] = [{ key: "cancelPlan.agreedRejection" }];
      if (pending)
        lines.push({
          key:
            detail.viewer === "consumer"
              ? "cancelPlan.agreedRejectionPending"
              : "cancelPlan.agreedRejectionPendingMerchant",
        });
      return lines;
    }
    case "intercept_48h":
      return interceptLines(detail, planOrder, amountFen);
    default:
      return [];
  }
}

function interceptLines(
  detail: Detail,
  planOrder: NonNullable<Detail["cancel"]>["cancelOrders"][number] | null,
  amountFen: number,
): OutlookLine[] {
  const cancel = detail.cancel;
  if (!cancel || !planOrder) return [];
  switch (planOrder.status) {
    case "logistics_pending": {
      const at = planOrder.dueAt ?? undefined;
      const outcome = windowEndOutcome({
        status: cancel.order.status,
        deliveryType: cancel.order.deliveryType,
        worryFree: cancel.order.worryFree,
      });
      if (outcome === "close")
        return [{ key: "cancelPlan.interceptCompletedNote" }, { key: "cancelPlan.interceptEarly" }];
      const first: OutlookLine = {
        key: outcome === "refund" ? "cancelPlan.interceptThirdParty" : "cancelPlan.interceptPlatform",
        at,
        amountFen,
      };
      return [first, { key: "cancelPlan.interceptCompletedNote" }, { key: "cancelPlan.interceptEarly" }];
    }
    case "intercepting":
      return [{ key: "cancelPlan.intercepting", amountFen }];
    case "refund_succeeded": {
      const refund = cancel.refunds[cancel.refunds.length - 1];
      return [
        {
          key: "cancelPlan.interceptRefunded",
          amountFen: planOrder.refundedFen || refund?.amountFen || amountFen,
          at: refund?.createdAt,
        },
      ];
    }
    case "interception_failed": {
      const lines: OutlookLine[] = [{ key: "cancelPlan.interceptFailed" }];
      if (detail.viewer === "consumer" && detail.dispute.status === "awaiting_consumer")
        lines.push({ key: "cancelPlan.interceptFailedReject" });
      return lines;
    }
    case "closed":
      return [{ key: "cancelPlan.interceptClosed" }];
    default:
      return [];
  }
}

/**
 * DSP-1..5: where the dispute stands and what the viewer should expect next — who must act
 * by when, what silence means, and who decides.
 */
export function statusLines(detail: Detail): OutlookLine[] {
  const { dispute, viewer, chosenPlan, judgment } = detail;
  const at = dispute.dueAt ?? undefined;
  switch (dispute.status) {
    case "awaiting_merchant":
      // The responsible party has the plan form and the deadline banner addressed to it.
      return viewer === "merchant" || (viewer === "admin" && dispute.responsibleParty === "platform")
        ? []
        : [{ key: "outlook.awaitingMerchant", at }];
    case "awaiting_consumer":
      return [{ key: viewer === "consumer" ? "outlook.awaitingYou" : "outlook.awaitingConsumer", at }];
    case "platform_judging": {
      if (dispute.consumerResponse === "rejected")
        return [
          { key: viewer === "consumer" ? "outlook.judgingRejectedYou" : "outlook.judgingRejected" },
          { key: "outlook.judging" },
        ];
      if (dispute.evidenceGivenUp) return [{ key: "outlook.judgingGivenUp" }, { key: "outlook.judging" }];
      if (chosenPlan?.kind === "no_fault")
        return [{ key: "outlook.judgingNoFault", reason: chosenPlan.reason?.label }, { key: "outlook.judging" }];
      return [{ key: "outlook.judging" }];
    }
    // Closed: the banner already says the dispute ended; add only what it does not say.
    case "settled":
      return dispute.consumerResponse === "auto_confirmed" ? [{ key: "outlook.settledAuto" }] : [];
    case "judged":
      return judgment
        ? [
            {
              key: "outlook.judgedResult",
              liable: judgment.liableParty,
              remedy: judgment.remedy,
              amountFen: judgment.amountFen ?? undefined,
            },
          ]
        : [];
  }
}
