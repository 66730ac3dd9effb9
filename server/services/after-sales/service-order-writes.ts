import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { serviceOrderDeadlines, serviceOrderItems, serviceOrders } from "@/db/schema";
import { isLiveServiceOrderStatus, type DeadlineOutcome, type ServiceOrderStatus } from "@/server/domain/after-sales";
import { isPastDue } from "@/server/domain/deadlines";
import { serviceOrderMachine, type ServiceOrderEvent } from "@/server/domain/machines/service-order";
import { platformDeadlinePolicyVersion } from "@/server/domain/policies/platform-deadlines";
import { afterSalesPolicy } from "@/server/domain/policies/registry";
import {
  deadlineKindOf,
  resumedDeadline,
  serviceOrderDeadline,
  timeoutEffect,
  type DeadlinePolicies,
  type ServiceDeadline,
} from "@/server/domain/service-order-deadlines";
import { dueResultOf } from "@/server/domain/service-order-results";
import { serviceTrack } from "@/server/domain/after-sales";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import type { ServiceOrderRow } from "./service-order-access";
import { deadlinePassed, serviceOrderStale } from "./service-order-errors";

/** Columns a move may change besides the status and the running deadline (those are the writer's). */
export type ServiceOrderChanges = Partial<
  Omit<
    typeof serviceOrders.$inferInsert,
    "id" | "status" | "shopId" | "orderId" | "consumerId" | "dueKind" | "dueAt" | "dueHandledAt" | "reminderSentAt"
  >
>;

/** The rules a service order runs under (ROL-1: the versions it pinned when applied). */
export function policiesOf(
  row: Pick<ServiceOrderRow, "policyId" | "policyVersion" | "platformDeadlinePolicyVersion">,
): DeadlinePolicies {
  return {
    afterSales: afterSalesPolicy(row.policyId, row.policyVersion),
    platform: platformDeadlinePolicyVersion(row.platformDeadlinePolicyVersion),
  };
}

/**
 * The deadline the new status runs:
 * - fresh: the status's own clock, from now or from `startAt` (a disputed completion keeps the
 *   AS-3 clock from the approval);
 * - resume: AS-8 — the merchant gets back the time it had left (at least the policy's floor);
 * - keep: the running deadline goes on unchanged (moving a visit window).
 */
export type DeadlinePlan = { kind: "fresh"; startAt?: Date } | { kind: "resume"; leftMs: number } | { kind: "keep" };

export interface ServiceOrderMove {
  event: ServiceOrderEvent;
  by: Acting;
  /** The audit action (timeline namespace `actions.service_order.*`), e.g. "approved". */
  action: string;
  now: Date;
  changes?: ServiceOrderChanges;
  deadline?: DeadlinePlan;
  /** How the running deadline ends in the ledger; default: met before its due instant, else missed. */
  settleAs?: DeadlineOutcome;
  /** Codes and parameters only (shown in the viewer's language). */
  payload?: Record<string, unknown>;
  internal?: boolean;
}

/** The deadline of `status` under `plan` for this service order, or null where none runs. */
export function plannedDeadline(
  row: ServiceOrderRow,
  status: ServiceOrderStatus,
  plan: Exclude<DeadlinePlan, { kind: "keep" }>,
  now: Date,
  flashRefunded = row.flashRefundedAt !== null,
): ServiceDeadline | null {
  const policies = policiesOf(row);
  if (plan.kind === "resume") {
    const kind = deadlineKindOf(status, flashRefunded);
    return kind ? resumedDeadline(kind, plan.leftMs, now, policies.afterSales) : null;
  }
  return serviceOrderDeadline(status, { at: plan.startAt ?? now, reason: row.reason, flashRefunded }, policies);
}

/** The ledger outcome of the running deadline if it ended now. */
export function outcomeAt(row: Pick<ServiceOrderRow, "dueAt">, now: Date): DeadlineOutcome {
  return row.dueAt && isPastDue(row.dueAt, now) ? "missed" : "met";
}

/** ROL-4: settle the open ledger row(s) of a service order (a row the sweeper settled stays as it is). */
export async function settleRunningDeadline(
  tx: DbOrTx,
  serviceOrderId: string,
  outcome: DeadlineOutcome,
  now: Date,
): Promise<void> {
  await tx
    .update(serviceOrderDeadlines)
    .set({ outcome, settledAt: now })
    .where(and(eq(serviceOrderDeadlines.serviceOrderId, serviceOrderId), isNull(serviceOrderDeadlines.settledAt)));
}

/** ROL-4: open the ledger row of a deadline that starts now. */
export async function openDeadline(
  tx: DbOrTx,
  row: Pick<ServiceOrderRow, "id" | "shopId" | "policyVersion">,
  d: ServiceDeadline,
): Promise<void> {
  await tx.insert(serviceOrderDeadlines).values({
    serviceOrderId: row.id,
    shopId: row.shopId,
    kind: d.kind,
    party: d.party,
    policyVersion: row.policyVersion,
    startedAt: d.startedAt,
    dueAt: d.dueAt,
  });
}

/** The running-deadline columns for a deadline (null clears them). */
export function dueColumns(d: ServiceDeadline | null) {
  return { dueKind: d?.kind ?? null, dueAt: d?.dueAt ?? null, dueHandledAt: null, reminderSentAt: null };
}

/**
 * The one place a service order changes status. The transition table picks the target; the
 * write is compare-and-set on the status the caller saw (someone acting first, or an event this
 * status does not allow → AS_STALE_STATE, nothing written). In the same transaction it settles
 * the running deadline in the ledger and opens the next one, keeps service_order_items.live in
 * step with a final status, and appends the audit event (SHOP-4).
 */
export async function moveServiceOrder(
  tx: Tx,
  row: ServiceOrderRow,
  m: ServiceOrderMove,
): Promise<{ row: ServiceOrderRow; from: ServiceOrderStatus; to: ServiceOrderStatus }> {
  if (!serviceOrderMachine.can(row.status, m.event)) throw serviceOrderStale(row.status, m.event);
  const to = serviceOrderMachine.next(row.status, m.event);
  const plan = m.deadline ?? { kind: "fresh" };
  const flashRefunded = (m.changes?.flashRefundedAt ?? row.flashRefundedAt) != null;
  const next = plan.kind === "keep" ? undefined : plannedDeadline(row, to, plan, m.now, flashRefunded);
  const [updated] = await tx
    .update(serviceOrders)
    .set({ ...m.changes, ...(next === undefined ? {} : dueColumns(next)), status: to })
    .where(and(eq(serviceOrders.id, row.id), eq(serviceOrders.status, row.status)))
    .returning();
  if (!updated) throw serviceOrderStale(row.status, m.event);
  if (next !== undefined) {
    await settleRunningDeadline(tx, row.id, m.settleAs ?? outcomeAt(row, m.now), m.now);
    if (next) await openDeadline(tx, updated, next);
  }
  if (!isLiveServiceOrderStatus(to))
    await tx.update(serviceOrderItems).set({ live: false }).where(eq(serviceOrderItems.serviceOrderId, row.id));
  await auditServiceOrder(tx, updated, {
    by: m.by,
    action: m.action,
    from: row.status,
    to,
    payload: m.payload,
    internal: m.internal,
    now: m.now,
  });
  return { row: updated, from: row.status, to };
}

/**
 * AS-6 for the sweeper: a missed deadline whose timeout leaves the status as it is (the row
 * stays overdue; e.g. a send-in repair past 30 days). Marks it handled once (compare-and-set on
 * the deadline it saw), settles the ledger row as missed and appends the audit event. False when
 * someone acted first or it was handled already.
 */
export async function markDeadlineHandled(
  tx: Tx,
  row: ServiceOrderRow,
  e: { by: Acting; action: string; now: Date; payload?: Record<string, unknown> },
): Promise<boolean> {
  if (!row.dueAt) return false;
  const [updated] = await tx
    .update(serviceOrders)
    .set({ dueHandledAt: e.now })
    .where(
      and(
        eq(serviceOrders.id, row.id),
        eq(serviceOrders.status, row.status),
        eq(serviceOrders.dueAt, row.dueAt),
        isNull(serviceOrders.dueHandledAt),
      ),
    )
    .returning({ id: serviceOrders.id });
  if (!updated) return false;
  await settleRunningDeadline(tx, row.id, "missed", e.now);
  await auditServiceOrder(tx, row, { ...e, from: row.status, to: row.status });
  return true;
}

/** NTF-1: the reminder for the running deadline was sent (once per deadline; cleared with a new one). */
export async function markReminderSent(tx: DbOrTx, row: Pick<ServiceOrderRow, "id" | "dueAt">, now: Date) {
  if (!row.dueAt) return false;
  const updated = await tx
    .update(serviceOrders)
    .set({ reminderSentAt: now })
    .where(and(eq(serviceOrders.id, row.id), eq(serviceOrders.dueAt, row.dueAt), isNull(serviceOrders.reminderSentAt)))
    .returning({ id: serviceOrders.id });
  return updated.length > 0;
}

/**
 * A person acting on the running deadline just in time: at its due instant and after, where the
 * timeout does something (approve, close, refund, confirm, lapse), the sweeper's consequence
 * applies and the person is refused. Where it only raises a ticket (repair, on-site, a non-refund
 * processing), late work is still allowed: the row stays overdue until it is done.
 */
export function assertBeforeTimeout(row: ServiceOrderRow, now: Date): void {
  if (!row.dueKind || !row.dueAt || !isPastDue(row.dueAt, now)) return;
  const facts = { track: serviceTrack(row.type, row.repairMode), dueResult: dueResultOf(row) };
  const effect = timeoutEffect(row.dueKind, facts, policiesOf(row).afterSales);
  if (effect.event || effect.lapseProposal) throw deadlinePassed(row.dueAt);
}

/** SHOP-4: one audit event on a service order (codes and parameters only). */
export async function auditServiceOrder(
  tx: DbOrTx,
  row: Pick<ServiceOrderRow, "id" | "shopId" | "serviceNo">,
  e: {
    by: Acting;
    action: string;
    from?: string | null;
    to?: string | null;
    payload?: Record<string, unknown>;
    internal?: boolean;
    now: Date;
  },
): Promise<void> {
  await emitAudit(tx, {
    shopId: row.shopId,
    recordType: "service_order",
    recordId: row.id,
    by: e.by,
    action: `service_order.${e.action}`,
    from: e.from,
    to: e.to,
    payload: { serviceNo: row.serviceNo, ...e.payload },
    internal: e.internal,
    at: e.now,
  });
}
