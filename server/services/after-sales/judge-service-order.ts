import { violationRulePolicy } from "@/server/domain/policies/registry";
import { serviceTrack } from "@/server/domain/after-sales";
import {
  agreedResultFits,
  decisionEvent,
  decisionsFor,
  decisionTakesResult,
  serviceOrderJudgmentViolation,
  type ServiceOrderDecision,
} from "@/server/domain/service-order-judgment";
import { systemText } from "@/server/domain/system-text";
import { actingOf } from "../acting";
import { assertCitedRules } from "../adjudication/cited-rules";
import { notify } from "../notifications/notify";
import { adminOf, type ServiceContext } from "../service-context";
import { raiseViolation } from "../violations/raise-violation";
import type { JudgeServiceOrderInput } from "./judge-service-order-input";
import {
  agreedResultNotOpen,
  decisionNotOpen,
  escalationOrigin,
  msLeftAtEscalation,
  refundAboveBase,
  refundAmountNotOpen,
} from "./judge-service-order-facts";
import { onServiceOrder } from "./locked";
import type { ServiceOrderRow } from "./service-order-access";
import { serviceOrderStale } from "./service-order-errors";
import { refundBaseOf, refundServiceOrder } from "./service-order-money";
import {
  auditServiceOrder,
  moveServiceOrder,
  type DeadlinePlan,
  type ServiceOrderChanges,
} from "./service-order-writes";

/**
 * A refund the platform decides on an after-sales case is a refund by platform judgment: it counts in
 * the shop's dispute refund rate (MET-1) like a judged dispute's, and its row says so (cause `judgment`,
 * source the service order). The merchant's own after-sales refunds keep cause `after_sales`.
 */
export const PLATFORM_AFTER_SALES_REFUND_CAUSE = "judgment" as const;

function deadlineFor(d: ServiceOrderDecision, row: ServiceOrderRow, leftMs: number): DeadlinePlan {
  if (d === "resume_repair") return { kind: "resume", leftMs };
  // A disputed completion keeps the AS-3 clock from the approval (as dispute_completion does).
  if (d === "resume_visit") return { kind: "fresh", startAt: row.approvedAt ?? undefined };
  return { kind: "fresh" };
}

/**
 * AS-8: the platform decides an after-sales case in platform_review — one of the machine's
 * platform_review events, open for the stage the case came from (decisionsFor), with the rule
 * IDs it rests on and the reasons (DSP-5). A refund decision pays once through the ledger
 * (source service_order, kind order_refund: never twice, whoever refunds); the adjudicator may
 * raise the AS-8 violation ticket against the merchant. Under the order-then-service-order lock:
 * of two adjudicators the second waits and finds the case decided (AS_STALE_STATE).
 */
export async function judgeServiceOrder(ctx: ServiceContext, input: JudgeServiceOrderInput) {
  adminOf(ctx);
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "admin", input.serviceOrderId, async (tx, row, order) => {
    if (row.status !== "platform_review") throw serviceOrderStale(row.status, "judge");
    const rules = assertCitedRules({ kind: "service_order" }, input.rules);
    const track = serviceTrack(row.type, row.repairMode);
    const origin = await escalationOrigin(tx, row.id);
    const open = origin ? decisionsFor(origin, track) : [];
    if (!open.includes(input.decision)) throw decisionNotOpen(input.decision, open);
    if (input.agreedResult) {
      const isSendInRepair = row.type === "repair" && row.repairMode === "send_in";
      if (!decisionTakesResult(input.decision) || !agreedResultFits({ track, isSendInRepair }, input.agreedResult))
        throw agreedResultNotOpen();
    }
    if (input.refundFen !== undefined && input.decision !== "refund") throw refundAmountNotOpen();

    const changes: ServiceOrderChanges = {
      decidedBy: by.userId,
      decidedAt: now,
      decisionReason: input.reason,
      decisionRules: rules,
      ...(input.agreedResult ? { agreedResult: input.agreedResult } : {}),
    };
    let refundedFen = 0;
    if (input.decision === "approve" || input.decision === "approve_visit")
      Object.assign(changes, { approvedAt: now, approvedBy: by.userId });
    if (input.decision === "confirm_completion") changes.completedAt = now;
    if (input.decision === "close") Object.assign(changes, { closeReason: "platform_decision", closedAt: now });
    if (input.decision === "refund") {
      const { baseFen } = await refundBaseOf(tx, row, order);
      const amountFen = input.refundFen ?? baseFen;
      if (amountFen > baseFen || amountFen <= 0) throw refundAboveBase(baseFen);
      const paid = await refundServiceOrder(tx, row, { amountFen, cause: PLATFORM_AFTER_SALES_REFUND_CAUSE, now });
      refundedFen = paid.created ? paid.amountFen : 0;
      Object.assign(changes, {
        processedResult: "refund",
        processedAt: now,
        processedBy: by.userId,
        refundFen: paid.amountFen,
        completedAt: now,
      });
    }
    const leftMs = input.decision === "resume_repair" ? await msLeftAtEscalation(tx, row.id) : 0;
    const moved = await moveServiceOrder(tx, row, {
      event: decisionEvent[input.decision],
      by,
      action: "judged",
      now,
      changes,
      deadline: deadlineFor(input.decision, row, leftMs),
      payload: {
        decision: input.decision,
        rules,
        ...(input.agreedResult ? { agreedResult: input.agreedResult } : {}),
        ...(refundedFen > 0 ? { refundedFen } : {}),
        violation: input.violation,
      },
    });
    if (input.internalNote)
      await auditServiceOrder(tx, row, {
        by,
        action: "internal_note",
        payload: { note: input.internalNote },
        internal: true,
        now,
      });
    const violationId = input.violation
      ? await raiseViolation(tx, {
          shopId: row.shopId,
          sourceType: "service_order",
          sourceId: row.id,
          rule: serviceOrderJudgmentViolation.rule,
          points: serviceOrderJudgmentViolation.points,
          reason: systemText("violationRule", { reason: serviceOrderJudgmentViolation.reason }),
          appealWindowMs: violationRulePolicy(row.violationRulePolicyVersion).appealWindowMs,
          by,
          now,
        })
      : null;
    // NTF-2: both parties learn the decision.
    const note = {
      kind: "service_order.judged",
      params: { decision: input.decision, serviceNo: row.serviceNo },
      record: { type: "service_order" as const, id: row.id },
      now,
    };
    await notify(tx, { ...note, to: { consumerId: row.consumerId } });
    await notify(tx, { ...note, to: { shopId: row.shopId } });
    return {
      id: row.id,
      status: moved.row.status,
      decision: input.decision,
      rules,
      refundedFen,
      dueAt: moved.row.dueAt,
      violationId,
    };
  });
}
