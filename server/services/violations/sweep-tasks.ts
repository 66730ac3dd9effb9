import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { violations } from "@/db/schema";
import type { DeadlineTask } from "@/server/services/sweep/sweep";
import type { ReadyFilter } from "@/server/services/sweep/sweep-failures";
import { takeEffect } from "./take-effect";

/**
 * VIO-2: a ticket left alone for 7 days takes effect by itself. Claims pending tickets due by
 * `now`, oldest deadline first (the partial index violations_due_idx), skipping rows another
 * sweeper holds, so concurrent sweepers take disjoint batches and each ticket takes effect once.
 * Appealed tickets are not pending: the appeal stopped their clock. `shopIds` narrows the sweep
 * (tests sharing one database sweep only their own shops).
 */
export function violationDeadlineTasksFor(shopIds?: readonly string[]): readonly DeadlineTask[] {
  return [
    {
      name: "violation.take_effect",
      recordType: "violation",
      claim: async (tx: Tx, now: Date, limit: number, ready: ReadyFilter) => {
        const rows = await tx
          .select({ id: violations.id })
          .from(violations)
          .where(
            and(
              eq(violations.status, "pending"),
              lte(violations.dueAt, now),
              ready(violations.id),
              shopIds ? inArray(violations.shopId, [...shopIds]) : undefined,
            ),
          )
          .orderBy(asc(violations.dueAt), asc(violations.id))
          .limit(limit)
          .for("update", { skipLocked: true });
        return rows.map((r) => r.id);
      },
      apply: (ctx, id) => takeEffect(ctx, { violationId: id }),
    },
  ];
}

export const violationDeadlineTasks: readonly DeadlineTask[] = violationDeadlineTasksFor();
