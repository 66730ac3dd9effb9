import type { Db, Tx } from "@/db/client";

/**
 * One kind of deadline the sweeper enforces. `claim` selects due row ids inside the batch's
 * transaction with FOR UPDATE SKIP LOCKED (so concurrent sweepers take disjoint rows);
 * `apply` calls the same service verb a person would, as the system actor, and must be
 * idempotent (compare-and-set + unique ledger keys) so a retry changes nothing.
 */
export interface DeadlineTask {
  name: string;
  claim(tx: Tx, now: Date, limit: number): Promise<string[]>;
  /** `false` = nothing to do after all (someone acted first); it is not counted as applied. */
  apply(tx: Tx, id: string, now: Date): Promise<boolean | void>;
}

export interface SweepResult {
  applied: Record<string, number>;
}

/**
 * Runs every task until nothing is due. Each batch is one transaction and each item a
 * savepoint: one failing item is logged and left for the next sweep instead of blocking the
 * rest of the queue.
 */
export async function runSweep(args: { db: Db; now: Date; tasks: readonly DeadlineTask[]; batchSize?: number }): Promise<SweepResult> {
  const { db, now, tasks, batchSize = 100 } = args;
  const applied: Record<string, number> = {};
  for (const task of tasks) {
    for (;;) {
      const { claimed, done } = await db.transaction(async (tx) => {
        const ids = await task.claim(tx, now, batchSize);
        let ok = 0;
        for (const id of ids) {
          try {
            const result = await tx.transaction((item) => task.apply(item, id, now));
            if (result !== false) ok += 1;
          } catch (error) {
            console.error(`[sweep] ${task.name} ${id} failed:`, error);
          }
        }
        return { claimed: ids.length, done: ok };
      });
      applied[task.name] = (applied[task.name] ?? 0) + done;
      if (claimed < batchSize || done === 0) break;
    }
  }
  return { applied };
}
