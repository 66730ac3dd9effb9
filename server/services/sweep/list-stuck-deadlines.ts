import { and, asc, eq, gte, sql } from "drizzle-orm";
import { cancelOrders, sweepFailures } from "@/db/schema";
import type { AuditedRecordType } from "@/server/domain/audit";
import { STUCK_AFTER_ATTEMPTS, STUCK_LIST_LIMIT } from "@/server/domain/sweep-retry";
import type { ServiceContext } from "../service-context";

export interface StuckDeadline {
  task: string;
  recordType: AuditedRecordType;
  recordId: string;
  /** For cancel orders, which have no admin page of their own: the order they belong to. */
  order: { shopId: string; orderId: string } | null;
  attempts: number;
  lastError: string;
  firstFailedAt: Date;
  lastFailedAt: Date;
  nextAttemptAt: Date;
}

/**
 * Deadlines the sweeper failed to apply STUCK_AFTER_ATTEMPTS times or more, longest stuck first
 * (the partial index sweep_failures_stuck_idx), at most STUCK_LIST_LIMIT of them.
 */
export async function listStuckDeadlines(ctx: ServiceContext): Promise<StuckDeadline[]> {
  const rows = await ctx.db
    .select({
      task: sweepFailures.task,
      recordType: sweepFailures.recordType,
      recordId: sweepFailures.recordId,
      attempts: sweepFailures.attempts,
      lastError: sweepFailures.lastError,
      firstFailedAt: sweepFailures.firstFailedAt,
      lastFailedAt: sweepFailures.lastFailedAt,
      nextAttemptAt: sweepFailures.nextAttemptAt,
      shopId: cancelOrders.shopId,
      orderId: cancelOrders.orderId,
    })
    .from(sweepFailures)
    .leftJoin(
      cancelOrders,
      and(eq(sweepFailures.recordType, "cancel_order"), eq(cancelOrders.id, sweepFailures.recordId)),
    )
    .where(gte(sweepFailures.attempts, sql.raw(String(STUCK_AFTER_ATTEMPTS))))
    .orderBy(asc(sweepFailures.firstFailedAt), asc(sweepFailures.task), asc(sweepFailures.recordId))
    .limit(STUCK_LIST_LIMIT);
  return rows.map(({ shopId, orderId, ...row }) => ({ ...row, order: shopId && orderId ? { shopId, orderId } : null }));
}
