import type { Tx } from "@/db/client";
import type { AuditedRecordType } from "@/server/domain/audit";
import { refreshPolicyCache } from "../policies/policy-cache";
import type { ServiceContext } from "../service-context";
import {
  backingOff,
  clearFailure,
  failuresOf,
  pruneFailures,
  readyFilter,
  recordFailure,
  type ReadyFilter,
} from "./sweep-failures";

/**
 * One kind of deadline the sweeper enforces. `claim` selects due row ids inside the batch's
 * transaction with FOR UPDATE SKIP LOCKED (so concurrent sweepers take disjoint rows) and adds
 * `ready(idColumn)` to its conditions (so records backing off after a failure are passed over);
 * `apply` calls the same service verb a person would, with the sweep's system context (its db
 * the item's savepoint), and must be idempotent (compare-and-set + unique ledger keys) so a
 * retry changes nothing.
 */
export interface DeadlineTask {
  name: string;
  /** The kind of record `claim` returns ids of (for the stuck-deadline list). */
  recordType: AuditedRecordType;
  claim(tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]>;
  /** `false` = nothing to do after all (someone acted first); it is not counted as applied. */
  apply(ctx: ServiceContext, id: string): Promise<boolean | void>;
}

export interface SweepResult {
  applied: Record<string, number>;
  /** Records whose consequence failed this sweep; each now waits out its backoff. */
  failed: Record<string, number>;
}

interface Batch {
  claimed: number;
  applied: number;
  failed: number;
}

/**
 * Runs every task until nothing is due. Each batch is one transaction and each item a
 * savepoint: an item that fails is rolled back to its savepoint, counted in `sweep_failures`
 * and skipped until its backoff ends, so the sweep moves on to the records behind it. One
 * task that cannot run at all is logged and the other tasks still run.
 */
export async function runSweep(
  ctx: ServiceContext,
  input: { tasks: readonly DeadlineTask[]; batchSize?: number },
): Promise<SweepResult> {
  const { tasks, batchSize = 100 } = input;
  const result: SweepResult = { applied: {}, failed: {} };
  await refreshPolicyCache(ctx.db); // records may pin versions published by another process

  for (const task of tasks) {
    result.applied[task.name] = 0;
    result.failed[task.name] = 0;
    try {
      await sweepTask(ctx, task, batchSize, result);
    } catch (error) {
      console.error(`[sweep] ${task.name} stopped:`, error);
    }
  }
  return result;
}

async function sweepTask(
  ctx: ServiceContext,
  task: DeadlineTask,
  batchSize: number,
  result: SweepResult,
): Promise<void> {
  const { db, now } = ctx;
  const ready = readyFilter(task.name, now);
  for (;;) {
    const batch = await db.transaction((tx) => runBatch({ ...ctx, db: tx }, tx, task, batchSize, ready));
    result.applied[task.name] = (result.applied[task.name] ?? 0) + batch.applied;
    result.failed[task.name] = (result.failed[task.name] ?? 0) + batch.failed;
    if (batch.claimed < batchSize) {
      await db.transaction((tx) => pruneFailures(tx, task.name, now));
      return;
    }
    // Applied and failed records left the claimable set; a batch of neither would come back.
    if (batch.applied + batch.failed === 0) return;
  }
}

async function runBatch(
  ctx: ServiceContext,
  tx: Tx,
  task: DeadlineTask,
  batchSize: number,
  ready: ReadyFilter,
): Promise<Batch> {
  const { now } = ctx;
  const ids = await task.claim(tx, now, batchSize, ready);
  const known = await failuresOf(tx, task.name, ids);
  const batch: Batch = { claimed: ids.length, applied: 0, failed: 0 };
  for (const id of ids) {
    const prior = known.get(id);
    if (backingOff(prior, now)) continue;
    try {
      const outcome = await tx.transaction((item) => task.apply({ ...ctx, db: item }, id));
      if (outcome !== false) batch.applied += 1;
      if (prior) await clearFailure(tx, task.name, id);
    } catch (error) {
      console.error(`[sweep] ${task.name} ${id} failed (attempt ${(prior?.attempts ?? 0) + 1}):`, error);
      await recordFailure(tx, { task: task.name, recordType: task.recordType, recordId: id, prior, error, now });
      batch.failed += 1;
    }
  }
  return batch;
}
