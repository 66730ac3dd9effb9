import type { Tx } from "@/db/client";
import { violations } from "@/db/schema";
import { DAY_MS } from "@/server/domain/time";
import type { ViolationSourceType } from "@/server/domain/violation";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";

/** VIO-2: the merchant confirms or appeals within 7 days of the decision. */
export const VIOLATION_RESPONSE_WINDOW_MS = 7 * DAY_MS;

/**
 * VIO-1: raises a violation ticket once per (source record, rule). Returns the new ticket's id,
 * or null when that source already raised it (a retried sweep, a double click).
 */
export async function raiseViolation(
  tx: Tx,
  v: { shopId: string; sourceType: ViolationSourceType; sourceId: string | null; rule: string; points: number; reason: string; by: Acting; now: Date },
): Promise<string | null> {
  const [row] = await tx
    .insert(violations)
    .values({
      shopId: v.shopId,
      sourceType: v.sourceType,
      sourceId: v.sourceId,
      rule: v.rule,
      points: v.points,
      reason: v.reason,
      status: "pending",
      raisedBy: v.by.userId ?? "system",
      raisedAt: v.now,
      dueAt: new Date(v.now.getTime() + VIOLATION_RESPONSE_WINDOW_MS),
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
    payload: { rule: v.rule, points: v.points, reason: v.reason, sourceType: v.sourceType, sourceId: v.sourceId },
    at: v.now,
  });
  return row.id;
}
