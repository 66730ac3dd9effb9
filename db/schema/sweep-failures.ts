import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { STUCK_AFTER_ATTEMPTS } from "@/server/domain/sweep-retry";
import { auditedRecordTypeEnum } from "./enums";

/**
 * A due record whose deadline consequence failed (one row per sweep task and record). The
 * sweeper skips it until `next_attempt_at` (exponential backoff), so it never holds up the
 * records behind it; success, or the record no longer being due, removes the row. Rows with
 * STUCK_AFTER_ATTEMPTS or more attempts are listed for admins, who can ask for a retry now.
 */
export const sweepFailures = pgTable(
  "sweep_failures",
  {
    task: text("task").notNull(),
    recordId: uuid("record_id").notNull(),
    recordType: auditedRecordTypeEnum("record_type").notNull(),
    attempts: integer("attempts").notNull(),
    lastError: text("last_error").notNull(),
    firstFailedAt: timestamp("first_failed_at", { withTimezone: true }).notNull(),
    lastFailedAt: timestamp("last_failed_at", { withTimezone: true }).notNull(),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: "sweep_failures_pk", columns: [t.task, t.recordId] }),
    index("sweep_failures_stuck_idx")
      .on(t.firstFailedAt, t.task, t.recordId)
      .where(sql`${t.attempts} >= ${sql.raw(String(STUCK_AFTER_ATTEMPTS))}`),
  ],
);
