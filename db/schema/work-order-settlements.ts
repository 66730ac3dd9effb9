import { integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { shops } from "./people";

/**
 * MAL-3 rollup: per shop and clock hour, how many of the merchant's work orders were settled —
 * replied (at replied_at) or left unanswered at the deadline (at due_at) — and how many of those
 * were unanswered (replied_at null). `hour` is whole hours since the Unix epoch of
 * coalesce(replied_at, due_at) (UTC, so every session time zone buckets alike). Hours in the future
 * are kept too: an open work order counts from its deadline on, when it becomes settled.
 *
 * Why a rollup: the merchant non-response signal counts settled work orders over 90 days, which
 * for a big shop means scanning its whole backlog on every case page. Summing ≤ 2,160 hourly rows
 * plus an exact count of the two partial hours at the window's edges gives the same numbers at a
 * cost that does not grow with the backlog.
 *
 * Kept in step by triggers on work_orders (migration 0013, function work_order_settlements_track):
 * in the same transaction as every insert, delete and change of shop_id, routed_to, replied_at or
 * due_at — whichever verb, sweep, fixture or seed writes it. A trigger rather than code in the verbs
 * because work orders are written from many places (the urge and intervention verbs, the shared
 * transitionWorkOrder, test fixtures, the demo seed) and a missed writer would make the count wrong.
 * Bulk loads that disable triggers (the bench seed) must rebuild it; the test checks it against a
 * full count.
 */
export const workOrderSettlements = pgTable(
  "work_order_settlements",
  {
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    hour: integer("hour").notNull(),
    settled: integer("settled").notNull(),
    expired: integer("expired").notNull(),
  },
  (t) => [primaryKey({ name: "work_order_settlements_pk", columns: [t.shopId, t.hour] })],
);
