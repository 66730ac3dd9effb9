import { and, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { sweepFailures } from "@/db/schema";
import type { AuditedRecordType } from "@/server/domain/audit";
import { nextSweepAttemptAt, SWEEP_PRUNE_AFTER_MS, sweepErrorText } from "@/server/domain/sweep-retry";

/**
 * The condition a task's claim query adds so records backing off after a failure are not
 * claimed: `NOT EXISTS (a failure of this task and record whose next attempt is still ahead)`.
 * The planner runs it as an anti-join probing the (task, record_id) primary key for each row it
 * reads from the task's own partial index in deadline order, so the claim stays an index scan
 * that stops after `limit` claimable rows: it reads past failing rows instead of returning them.
 */
export type ReadyFilter = (recordId: AnyPgColumn) => SQL;

export function readyFilter(task: string, now: Date): ReadyFilter {
  return (recordId) =>
    sql`not exists (select 1 from ${sweepFailures} where ${sweepFailures.task} = ${task} and ${sweepFailures.recordId} = ${recordId} and ${sweepFailures.nextAttemptAt} > ${now})`;
}

export interface KnownFailure {
  attempts: number;
  nextAttemptAt: Date;
}

/**
 * The failures already recorded for claimed records, locked for the batch: a concurrent
 * sweeper's prune skips them while this batch decides their fate.
 */
export async function failuresOf(tx: Tx, task: string, ids: readonly string[]): Promise<Map<string, KnownFailure>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      recordId: sweepFailures.recordId,
      attempts: sweepFailures.attempts,
      nextAttemptAt: sweepFailures.nextAttemptAt,
    })
    .from(sweepFailures)
    .where(and(eq(sweepFailures.task, task), inArray(sweepFailures.recordId, [...ids])))
    .for("update");
  return new Map(rows.map((r) => [r.recordId, { attempts: r.attempts, nextAttemptAt: r.nextAttemptAt }]));
}

/** One more failed attempt: counted, its error kept, the next attempt pushed back. */
export async function recordFailure(
  tx: Tx,
  f: {
    task: string;
    recordType: AuditedRecordType;
    recordId: string;
    prior: KnownFailure | undefined;
    error: unknown;
    now: Date;
  },
): Promise<void> {
  const attempts = (f.prior?.attempts ?? 0) + 1;
  const values = {
    attempts,
    lastError: sweepErrorText(f.error),
    lastFailedAt: f.now,
    nextAttemptAt: nextSweepAttemptAt(attempts, f.now),
  };
  await tx
    .insert(sweepFailures)
    .values({ task: f.task, recordId: f.recordId, recordType: f.recordType, firstFailedAt: f.now, ...values })
    .onConflictDoUpdate({ target: [sweepFailures.task, sweepFailures.recordId], set: values });
}

export async function clearFailure(tx: Tx, task: string, recordId: string): Promise<void> {
  await tx.delete(sweepFailures).where(and(eq(sweepFailures.task, task), eq(sweepFailures.recordId, recordId)));
}

/**
 * After a task's sweep claimed everything due, a failure whose next attempt came a while ago
 * (SWEEP_PRUNE_AFTER_MS) but whose record nobody claimed is no longer due (someone acted on it,
 * or it left the waiting state): its entry goes. Entries a concurrent sweeper holds are skipped.
 */
export async function pruneFailures(tx: Tx, task: string, now: Date): Promise<void> {
  const settled = tx
    .select({ recordId: sweepFailures.recordId })
    .from(sweepFailures)
    .where(
      and(
        eq(sweepFailures.task, task),
        lte(sweepFailures.nextAttemptAt, new Date(now.getTime() - SWEEP_PRUNE_AFTER_MS)),
      ),
    )
    .for("update", { skipLocked: true });
  await tx.delete(sweepFailures).where(and(eq(sweepFailures.task, task), inArray(sweepFailures.recordId, settled)));
}

/** Still backing off at `now`? */
export const backingOff = (f: KnownFailure | undefined, now: Date): boolean => f !== undefined && f.nextAttemptAt > now;
