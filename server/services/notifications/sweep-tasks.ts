import { and, asc, eq, gt, inArray, isNull, lte, notExists, or, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { disputes, notifications, workOrders } from "@/db/schema";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import type { DeadlineTask } from "@/server/jobs/sweep";
import { DISPUTE_REMINDER_BEFORE_MS, remindDispute } from "./remind-dispute";
import { remindWorkOrder } from "./remind-work-order";

const later = (now: Date, ms: number) => new Date(now.getTime() + ms);

/**
 * Open merchant-routed work orders not yet reminded whose deadline is ahead but within their
 * own policy's reminder window (ROL-1: read by the row's policy id+version). The few policy
 * versions in use are looked up first, so the locking query claims only rows that are due.
 */
function claimWorkOrderReminders(shopIds?: readonly string[]) {
  return async (tx: Tx, now: Date, limit: number): Promise<string[]> => {
    const waiting = and(
      eq(workOrders.status, "open"),
      eq(workOrders.routedTo, "merchant"),
      isNull(workOrders.reminderSentAt),
      gt(workOrders.dueAt, now),
      shopIds ? inArray(workOrders.shopId, [...shopIds]) : undefined,
    );
    const versions = await tx.selectDistinct({ id: workOrders.policyId, version: workOrders.policyVersion }).from(workOrders).where(waiting);
    const windows: SQL[] = [];
    for (const v of versions) {
      const policy = safePolicy(v.id, v.version);
      if (!policy) continue;
      const inWindow = and(eq(workOrders.policyId, v.id), eq(workOrders.policyVersion, v.version), lte(workOrders.dueAt, later(now, policy.reminderBeforeMs)));
      if (inWindow) windows.push(inWindow);
    }
    if (windows.length === 0) return [];
    const rows = await tx
      .select({ id: workOrders.id })
      .from(workOrders)
      .where(and(waiting, or(...windows)))
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
  return async (tx: Tx, now: Date, limit: number): Promise<string[]> => {
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
 * NTF-1: the reminder sweep — work orders and disputes waiting on the merchant get one
 * in-app reminder before their deadline. Optionally for some shops only (tests).
 */
export function notificationTasksFor(shopIds?: readonly string[]): readonly DeadlineTask[] {
  return [
    {
      name: "notification.remind",
      claim: claimWorkOrderReminders(shopIds),
      apply: (tx, id, now) => remindWorkOrder({ db: tx, workOrderId: id, now }),
    },
    {
      name: "notification.remind_dispute",
      claim: claimDisputeReminders(shopIds),
      apply: (tx, id, now) => remindDispute({ db: tx, disputeId: id, now }),
    },
  ];
}

export const notificationTasks: readonly DeadlineTask[] = notificationTasksFor();
