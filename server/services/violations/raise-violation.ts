import type { Tx } from "@/db/client";
import { violations } from "@/db/schema";
import { dueAfter } from "@/server/domain/deadlines";
import { VIOLATION_APPEAL_WINDOW_MS } from "@/server/domain/policies/violation-rules";
import type { SystemText } from "@/server/domain/system-text";
import type { ViolationSourceType } from "@/server/domain/violation";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";

/**
 * VIO-1: raises a violation ticket once per (source record, rule). Returns the new ticket's id,
 * or null when that source already raised it (a retried sweep, a double click).
 *
 * The ticket starts `pending` with 7 days to confirm or appeal (due_at, VIO-2). `raised_by` is
 * the acting admin, or "system" for the sweeper — it names who made the first decision, who
 * may then not decide an appeal against it (VIO-3). The shop is told at once, in the same
 * transaction (a retry that raises nothing notifies nobody).
 * `reason` is an admin's own words, or a system text (a code plus parameters) optionally followed
 * by the admin's `grounds` (WO-TM-7: "forged evidence" + why the admin says so).
 */
export async function raiseViolation(
  tx: Tx,
  v: {
    shopId: string;
    sourceType: ViolationSourceType;
    sourceId: string | null;
    rule: string;
    points: number;
    reason: string | SystemText;
    grounds?: string;
    /** VIO-2 under the violation rules the source record pinned (ROL-1); default: version 1's 7 days. */
    appealWindowMs?: number;
    by: Acting;
    now: Date;
  },
): Promise<string | null> {
  const reason = typeof v.reason === "string" ? v.reason : (v.grounds ?? null);
  const reasonMessage = typeof v.reason === "string" ? null : v.reason;
  const dueAt = dueAfter(v.now, v.appealWindowMs ?? VIOLATION_APPEAL_WINDOW_MS);
  const [row] = await tx
    .insert(violations)
    .values({
      shopId: v.shopId,
      sourceType: v.sourceType,
      sourceId: v.sourceId,
      rule: v.rule,
      points: v.points,
      reason,
      reasonMessage,
      status: "pending",
      raisedBy: v.by.userId ?? "system",
      raisedAt: v.now,
      dueAt,
    })
    .onConflictDoNothing()
    .returning({ id: violations.id });
  if (!row) return null;
  await emitAudit(tx, {
    shopId: v.shopId,
    recordType: "violation",
    recordId: row.id,
    by: v.by,
    action: "violation.raised",
    to: "pending",
    payload: {
      rule: v.rule,
      points: v.points,
      ...(reason ? { reason } : {}),
      ...(reasonMessage ? { message: reasonMessage } : {}),
      sourceType: v.sourceType,
      sourceId: v.sourceId,
    },
    at: v.now,
  });
  await notify(tx, {
    to: { shopId: v.shopId },
    kind: "violation.raised",
    params: { rule: v.rule, points: v.points, dueAt: dueAt.toISOString() },
    record: { type: "violation", id: row.id },
    now: v.now,
  });
  return row.id;
}
