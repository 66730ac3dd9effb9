import { violationRulePolicy } from "@/server/domain/policies/registry";
import { and, asc, eq, inArray, isNull, lte, notInArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orders, serviceOrderProposals, serviceOrders } from "@/db/schema";
import { isLiveServiceOrderStatus, liveServiceOrderStatuses, serviceTrack } from "@/server/domain/after-sales";
import { isPastDue } from "@/server/domain/deadlines";
import { proposalLapsed, timeoutEffect, type TimeoutEffect } from "@/server/domain/service-order-deadlines";
import { dueResultOf } from "@/server/domain/service-order-results";
import { systemText } from "@/server/domain/system-text";
import type { DeadlineTask } from "@/server/services/sweep/sweep";
import type { ReadyFilter } from "@/server/services/sweep/sweep-failures";
import { SYSTEM } from "../acting";
import {
  notifyServiceOrderApproved,
  notifyServiceOrderClosed,
  notifyServiceOrderCompleted,
  notifyServiceOrderProcessed,
  notifyServiceOrderReturnMissing,
} from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { raiseViolation } from "../violations/raise-violation";
import { resolveProposal } from "./resolve-proposal";
import { relockServiceOrder, type OrderRow, type ServiceOrderRow } from "./service-order-access";
import { refundBaseOf, refundServiceOrder } from "./service-order-money";
import { markDeadlineHandled, moveServiceOrder, policiesOf } from "./service-order-writes";

/**
 * Live service orders whose running deadline was reached and not yet handled, oldest first — a
 * range of service_orders_due_idx. A consent deadline is the proposal's (its own task); the
 * platform's own clock has no automatic consequence (the adjudication queue shows it). The lock
 * is taken on the ORDER rows (FOR UPDATE OF orders SKIP LOCKED): every writer of a service order
 * locks its order first, so concurrent sweepers take disjoint orders and never wait on a person.
 */
const claimDueServiceOrders =
  (shopIds?: readonly string[]) =>
  async (tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> => {
    const rows = await tx
      .select({ id: serviceOrders.id })
      .from(serviceOrders)
      .innerJoin(orders, eq(orders.id, serviceOrders.orderId))
      .where(
        and(
          inArray(serviceOrders.status, [...liveServiceOrderStatuses]),
          lte(serviceOrders.dueAt, now),
          isNull(serviceOrders.dueHandledAt),
          notInArray(serviceOrders.dueKind, ["consent", "platform"]),
          ready(serviceOrders.id),
          shopIds ? inArray(serviceOrders.shopId, [...shopIds]) : undefined,
        ),
      )
      .orderBy(asc(serviceOrders.dueAt), asc(serviceOrders.id))
      .limit(limit)
      .for("update", { of: orders, skipLocked: true });
    return rows.map((r) => r.id);
  };

/**
 * AS-8: service orders with a pending proposal past its due instant (service_order_proposals_due_idx),
 * by the proposal's deadline. Returns service-order ids (one pending proposal per service order),
 * so a stuck lapse shows on the service order it belongs to.
 */
const claimLapsedProposals =
  (shopIds?: readonly string[]) =>
  async (tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> => {
    const rows = await tx
      .select({ id: serviceOrders.id })
      .from(serviceOrderProposals)
      .innerJoin(serviceOrders, eq(serviceOrders.id, serviceOrderProposals.serviceOrderId))
      .innerJoin(orders, eq(orders.id, serviceOrders.orderId))
      .where(
        and(
          eq(serviceOrderProposals.status, "pending"),
          lte(serviceOrderProposals.dueAt, now),
          ready(serviceOrders.id),
          shopIds ? inArray(serviceOrderProposals.shopId, [...shopIds]) : undefined,
        ),
      )
      .orderBy(asc(serviceOrderProposals.dueAt), asc(serviceOrderProposals.id))
      .limit(limit)
      .for("update", { of: orders, skipLocked: true });
    return rows.map((r) => r.id);
  };

/**
 * AS-6: the one ticket a missed merchant deadline raises, with the points of the rules the
 * service order pinned (ROL-1), once per (service order, rule) under violations_source_rule_uq.
 */
async function raiseTicket(tx: Tx, row: ServiceOrderRow, effect: TimeoutEffect, now: Date): Promise<void> {
  const v = effect.violation;
  if (!v) return;
  await raiseViolation(tx, {
    shopId: row.shopId,
    sourceType: "service_order",
    sourceId: row.id,
    rule: v.rule,
    points: v.points,
    reason: systemText("violationRule", { reason: v.reason }),
    appealWindowMs: violationRulePolicy(row.violationRulePolicyVersion).appealWindowMs,
    by: SYSTEM,
    now,
  });
}

/** The timeout's transition (approve, close, refund, confirm), in the same transaction as its ticket. */
async function applyEvent(tx: Tx, row: ServiceOrderRow, order: OrderRow, effect: TimeoutEffect, now: Date) {
  const basis = `${row.dueKind ?? "deadline"}_timeout`;
  if (effect.event === "approve" || effect.event === "approve_visit") {
    const moved = await moveServiceOrder(tx, row, {
      event: effect.event,
      by: SYSTEM,
      action: "review_timeout_approved",
      now,
      changes: { approvedAt: now, approvedBy: "system" },
      payload: { basis },
    });
    await notifyServiceOrderApproved(tx, moved.row, "review_timeout", now);
  } else if (effect.event === "close") {
    const why = effect.closeReason ?? "review_timeout";
    const moved = await moveServiceOrder(tx, row, {
      event: "close",
      by: SYSTEM,
      action: `${why}_closed`,
      now,
      changes: { closeReason: why, closedAt: now },
      payload: { reason: why, basis },
    });
    await notifyServiceOrderClosed(tx, moved.row, why, now);
  } else if (effect.event === "process" && effect.refund === "full") {
    const { baseFen } = await refundBaseOf(tx, row, order);
    const paid = await refundServiceOrder(tx, row, { amountFen: baseFen, cause: "after_sales", now, timeout: true });
    const moved = await moveServiceOrder(tx, row, {
      event: "process",
      by: SYSTEM,
      action: "processing_timeout_refunded",
      now,
      changes: {
        processedResult: "refund",
        processedAt: now,
        processedBy: "system",
        completedAt: now,
        refundFen: paid.amountFen,
      },
      payload: { result: "refund", refundedFen: paid.amountFen, basis },
    });
    await notifyServiceOrderProcessed(
      tx,
      moved.row,
      { result: "refund", amountFen: paid.amountFen, basis: "timeout" },
      now,
    );
  } else if (effect.event === "confirm_completion") {
    const moved = await moveServiceOrder(tx, row, {
      event: "confirm_completion",
      by: SYSTEM,
      action: "completion_confirmed_by_silence",
      now,
      changes: { completedAt: now },
      payload: { basis },
    });
    await notifyServiceOrderCompleted(tx, moved.row, "silence", now);
  }
}

/**
 * The consequence of one reached deadline (timeoutEffect, under the service order's pinned
 * policy): the ticket and the transition, or — where the status stays (repair, on-site, a
 * processing that is not a refund, SVC-2's watch) — the deadline marked handled once so the row
 * stays overdue in the queue. SVC-2: the flash-refunded return that never arrived is flagged to
 * the merchant once. False when someone acted first (nothing due any more).
 */
export async function applyServiceOrderTimeout(ctx: ServiceContext, serviceOrderId: string): Promise<boolean> {
  const { now } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { row, order } = await relockServiceOrder(tx, serviceOrderId);
    if (!isLiveServiceOrderStatus(row.status) || !row.dueKind || !row.dueAt || row.dueHandledAt) return false;
    if (!isPastDue(row.dueAt, now)) return false;
    const facts = { track: serviceTrack(row.type, row.repairMode), dueResult: dueResultOf(row) };
    const effect = timeoutEffect(row.dueKind, facts, policiesOf(row).afterSales);
    if (effect.lapseProposal) return false;
    await raiseTicket(tx, row, effect, now);
    if (effect.event) {
      await applyEvent(tx, row, order, effect, now);
      return true;
    }
    const action = effect.flag === "return_missing" ? "return_missing_flagged" : "deadline_missed";
    if (!(await markDeadlineHandled(tx, row, { by: SYSTEM, action, now, payload: { kind: row.dueKind } })))
      return false;
    if (effect.flag === "return_missing" && !row.returnMissingFlaggedAt) {
      await tx.update(serviceOrders).set({ returnMissingFlaggedAt: now }).where(eq(serviceOrders.id, row.id));
      await notifyServiceOrderReturnMissing(tx, row, now);
    }
    return true;
  });
}

/**
 * AS-8: the consumer's silence — the pending proposal lapses at its due instant, the original
 * request stands and the merchant's clock resumes with the time it had left (at least the
 * floor), all through resolveProposal as the system, which tells the merchant.
 */
export async function lapseServiceOrderProposal(ctx: ServiceContext, serviceOrderId: string): Promise<boolean> {
  const { now } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { row, order } = await relockServiceOrder(tx, serviceOrderId);
    if (row.status !== "awaiting_consumer") return false;
    const [proposal] = await tx
      .select()
      .from(serviceOrderProposals)
      .where(and(eq(serviceOrderProposals.serviceOrderId, row.id), eq(serviceOrderProposals.status, "pending")));
    if (!proposal || !proposalLapsed(proposal, now)) return false;
    // resolveProposal tells the merchant of the lapse (as of an answer), once.
    await resolveProposal(tx, row, order, { proposal, decision: "lapsed", by: SYSTEM, now });
    return true;
  });
}

/**
 * AS-2/3/4/6/8, SVC-2: after-sales deadlines fire by themselves — the review timeout's outcome
 * (v1: approve) and its ticket, processing (a return refunded in full) and repair / on-site
 * tickets (the row stays overdue), the consumer's return window and completion check, a lapsed
 * proposal, and the flash-refunded return that never arrived. Optionally for some shops only (tests).
 */
export function serviceOrderDeadlineTasksFor(shopIds?: readonly string[]): readonly DeadlineTask[] {
  return [
    {
      name: "service_order.proposal_lapse",
      recordType: "service_order",
      claim: claimLapsedProposals(shopIds),
      apply: lapseServiceOrderProposal,
    },
    {
      name: "service_order.timeout",
      recordType: "service_order",
      claim: claimDueServiceOrders(shopIds),
      apply: applyServiceOrderTimeout,
    },
  ];
}

/** Every shop's (the sweeper); tests pass their own shops to serviceOrderDeadlineTasksFor. */
export const serviceOrderDeadlineTasks: readonly DeadlineTask[] = serviceOrderDeadlineTasksFor();
