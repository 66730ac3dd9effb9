import { and, asc, eq, gt, inArray, isNull, lte, notExists, or, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { disputes, notifications, serviceOrders, workOrders } from "@/db/schema";
import { liveServiceOrderStatuses } from "@/server/domain/after-sales";
import { afterSalesPolicy, workOrderPolicy } from "@/server/domain/policies/registry";
import { queuedServiceDeadlineKinds } from "@/server/domain/warning-queue";
import type { DeadlineTask } from "@/server/services/sweep/sweep";
import type { ReadyFilter } from "@/server/services/sweep/sweep-failures";
import { DISPUTE_REMINDER_BEFORE_MS, remindDispute } from "./remind-dispute";
import { remindServiceOrder } from "./remind-service-order";
import { remindWorkOrder } from "./remind-work-order";

const later = (now: Date, ms: number) => new Date(now.getTime() + ms);

/**
 * Open merchant-routed work orders not yet reminded whose deadline is ahead but within their
 * own policy's reminder window (ROL-1: read by the row's policy id+version). The few policy
 * versions in use are looked up first, so the locking query claims only rows that are due.
 */
function claimWorkOrderReminders(shopIds?: readonly string[]) {
  return async (tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> => {
    const waiting = and(
      eq(workOrders.status, "open"),
      eq(workOrders.routedTo, "merchant"),
      isNull(workOrders.reminderSentAt),
      gt(workOrders.dueAt, now),
      shopIds ? inArray(workOrders.shopId, [...shopIds]) : undefined,
    );
    const versions = await tx
      .selectDistinct({ id: workOrders.policyId, version: workOrders.policyVersion })
      .from(workOrders)
      .where(waiting);
    const windows: SQL[] = [];
    for (const v of versions) {
      const policy = safePolicy(v.id, v.version);
      if (!policy) continue;
      const inWindow = and(
        eq(workOrders.policyId, v.id),
        eq(workOrders.policyVersion, v.version),
        lte(workOrders.dueAt, later(now, policy.reminderBeforeMs)),
      );
      if (inWindow) windows.push(inWindow);
    }
    if (windows.length === 0) return [];
    const rows = await tx
      .select({ id: workOrders.id })
      .from(workOrders)
      .where(and(waiting, or(...windows), ready(workOrders.id)))
      .orderBy(asc(workOrders.dueAt), asc(workOrders.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    return rows.map((r) => r.id);
  };
}

function safePolicy(id: string, version: number) {
  try {
    return workOrderPolicy(id, version);
  } catch (error) {
    console.error(`[sweep] notification.remind: unknown work-order policy ${id}@${version}`, error);
    return null;
  }
}

/** Merchant-responsible disputes awaiting the merchant with ≤4h left whose reminder does not exist yet. */
function claimDisputeReminders(shopIds?: readonly string[]) {
  return async (tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> => {
    const reminded = tx
      .select({ one: sql`1` })
      .from(notifications)
      .where(eq(notifications.dedupeKey, sql`'reminder:dispute:' || ${disputes.id}::text`));
    const rows = await tx
      .select({ id: disputes.id })
      .from(disputes)
      .where(
        and(
          eq(disputes.status, "awaiting_merchant"),
          eq(disputes.responsibleParty, "merchant"),
          gt(disputes.dueAt, now),
          lte(disputes.dueAt, later(now, DISPUTE_REMINDER_BEFORE_MS)),
          notExists(reminded),
          ready(disputes.id),
          shopIds ? inArray(disputes.shopId, [...shopIds]) : undefined,
        ),
      )
      .orderBy(asc(disputes.dueAt), asc(disputes.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    return rows.map((r) => r.id);
  };
}

/**
 * Live service orders whose running deadline is the merchant's, not yet reminded, due ahead but
 * within their pinned policy's reminder lead (ROL-1) — a range of service_orders_due_idx.
 */
function claimServiceOrderReminders(shopIds?: readonly string[]) {
  return async (tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> => {
    const waiting = and(
      inArray(serviceOrders.status, [...liveServiceOrderStatuses]),
      inArray(serviceOrders.dueKind, [...queuedServiceDeadlineKinds]),
      isNull(serviceOrders.dueHandledAt),
      isNull(serviceOrders.reminderSentAt),
      gt(serviceOrders.dueAt, now),
      shopIds ? inArray(serviceOrders.shopId, [...shopIds]) : undefined,
    );
    const versions = await tx
      .selectDistinct({ id: serviceOrders.policyId, version: serviceOrders.policyVersion })
      .from(serviceOrders)
      .where(waiting);
    const windows: SQL[] = [];
    for (const v of versions) {
      const lead = safeAfterSalesLead(v.id, v.version);
      const inWindow =
        lead === null
          ? undefined
          : and(
              eq(serviceOrders.policyId, v.id),
              eq(serviceOrders.policyVersion, v.version),
              lte(serviceOrders.dueAt, later(now, lead)),
            );
      if (inWindow) windows.push(inWindow);
    }
    if (windows.length === 0) return [];
    const rows = await tx
      .select({ id: serviceOrders.id })
      .from(serviceOrders)
      .where(and(waiting, or(...windows), ready(serviceOrders.id)))
      .orderBy(asc(serviceOrders.dueAt), asc(serviceOrders.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    return rows.map((r) => r.id);
  };
}

function safeAfterSalesLead(id: string, version: number): number | null {
  try {
    return afterSalesPolicy(id, version).reminderBeforeMs;
  } catch (error) {
    console.error(`[sweep] notification.remind_service_order: unknown after-sales policy ${id}@${version}`, error);
    return null;
  }
}

/**
 * NTF-1: the reminder sweep — work orders, disputes and service orders waiting on the merchant
 * get one in-app reminder before their deadline. Optionally for some shops only (tests).
 */
export function notificationTasksFor(shopIds?: readonly string[]): readonly DeadlineTask[] {
  return [
    {
      name: "notification.remind",
      recordType: "work_order",
      claim: claimWorkOrderReminders(shopIds),
      apply: (ctx, id) => remindWorkOrder(ctx, { workOrderId: id }),
    },
    {
      name: "notification.remind_dispute",
      recordType: "dispute",
      claim: claimDisputeReminders(shopIds),
      apply: (ctx, id) => remindDispute(ctx, { disputeId: id }),
    },
    {
      name: "notification.remind_service_order",
      recordType: "service_order",
      claim: claimServiceOrderReminders(shopIds),
      apply: (ctx, id) => remindServiceOrder(ctx, { serviceOrderId: id }),
    },
  ];
}

export const notificationTasks: readonly DeadlineTask[] = notificationTasksFor();
