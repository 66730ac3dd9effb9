import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Fixed-window counters for sign-in lock-out and request rate limits, one row per key
 * (e.g. `signin:acct:<e-mail>|<address>`, `mutation:user:<id>`). A window starts with the
 * first hit and ends at `expires_at`; the next hit after that starts a new window. Rows are
 * updated with one atomic upsert, so the count holds across app instances on PostgreSQL.
 */
export const rateCounters = pgTable(
  "rate_counters",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("rate_counters_expires_at_idx").on(t.expiresAt)],
);
