import { and, asc, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { complaints } from "@/db/schema";
import { dueAfter, isPastDue } from "@/server/domain/deadlines";
import { complaintMachine } from "@/server/domain/machines/complaint";
import { complaintPolicy, everyComplaintPolicy } from "@/server/domain/policies/registry";
import type { DeadlineTask } from "@/server/services/sweep/sweep";
import type { ReadyFilter } from "@/server/services/sweep/sweep-failures";
import { SYSTEM } from "../acting";
import type { ServiceContext } from "../service-context";
import { auditComplaint, updateComplaintFrom } from "./complaint-access";
import { notifyComplaintClosed, notifyComplaintMaterialReminder } from "./complaint-notifications";

/**
 * MAL-2: a request for more material the merchant leaves unanswered closes the complaint at the
 * window's end (policies/complaints.ts: closed, not dismissed — nothing was found either way).
 * Idempotent: a complaint supplemented in time, or not yet due, is left alone (`false`).
 */
export async function lapseMaterialRequest(ctx: ServiceContext, complaintId: string): Promise<boolean> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(complaints)
      .where(and(eq(complaints.id, complaintId), eq(complaints.status, "needs_material")))
      .for("update");
    if (!row?.materialDueAt || !isPastDue(row.materialDueAt, now)) return false;
    const to = complaintMachine.next(row.status, "lapse");
    const moved = await updateComplaintFrom(tx, row, {
      status: to,
      closedAt: now,
      decidedAt: now,
      decidedBy: "system",
    });
    if (!moved) return false;
    await auditComplaint(tx, moved, {
      by: SYSTEM,
      action: "material_lapsed",
      from: row.status,
      to,
      now,
      payload: { dueAt: row.materialDueAt.toISOString() },
    });
    await notifyComplaintClosed(tx, moved, now);
    return true;
  });
}

/** NTF-1: remind the merchant once before its material window ends (policy reminderBeforeMs). */
export async function remindMaterialRequest(ctx: ServiceContext, complaintId: string): Promise<boolean> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(complaints)
      .where(and(eq(complaints.id, complaintId), eq(complaints.status, "needs_material")))
      .for("update");
    if (!row?.materialDueAt || row.materialReminderSentAt || isPastDue(row.materialDueAt, now)) return false;
    const policy = complaintPolicy(row.policyId, row.policyVersion);
    if (row.materialDueAt.getTime() - now.getTime() > policy.reminderBeforeMs) return false;
    await tx.update(complaints).set({ materialReminderSentAt: now }).where(eq(complaints.id, row.id));
    return notifyComplaintMaterialReminder(tx, row, row.materialDueAt, now);
  });
}

const claim =
  (shopIds: readonly string[] | undefined, due: "lapsed" | "reminder") =>
  async (tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> => {
    // The widest reminder lead of any policy version; remindMaterialRequest checks the row's own.
    const lead = Math.max(...everyComplaintPolicy().map((p) => p.reminderBeforeMs));
    const rows = await tx
      .select({ id: complaints.id })
      .from(complaints)
      .where(
        and(
          eq(complaints.status, "needs_material"),
          due === "lapsed"
            ? lte(complaints.materialDueAt, now)
            : and(
                gt(complaints.materialDueAt, now),
                lte(complaints.materialDueAt, dueAfter(now, lead)),
                isNull(complaints.materialReminderSentAt),
              ),
          ready(complaints.id),
          shopIds ? inArray(complaints.shopId, [...shopIds]) : undefined,
        ),
      )
      .orderBy(asc(complaints.materialDueAt), asc(complaints.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    return rows.map((r) => r.id);
  };

/** `shopIds` narrows the sweep (tests sharing one database sweep only their own shops). */
export function complaintDeadlineTasksFor(shopIds?: readonly string[]): readonly DeadlineTask[] {
  return [
    {
      name: "complaint.material_lapsed",
      recordType: "complaint",
      claim: claim(shopIds, "lapsed"),
      apply: (ctx, id) => lapseMaterialRequest(ctx, id),
    },
    {
      name: "complaint.material_reminder",
      recordType: "complaint",
      claim: claim(shopIds, "reminder"),
      apply: (ctx, id) => remindMaterialRequest(ctx, id),
    },
  ];
}

export const complaintDeadlineTasks: readonly DeadlineTask[] = complaintDeadlineTasksFor();
