import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { violationSourceTypeEnum, violationStatusEnum } from "./enums";
import { shops } from "./people";

/**
 * VIO-1: a violation ticket (违约单) with its rule, points and reason. System-raised tickets
 * are unique per (source record, rule), so a retried sweep raises nothing twice.
 */
export const violations = pgTable(
  "violations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    sourceType: violationSourceTypeEnum("source_type").notNull(),
    sourceId: uuid("source_id"),
    rule: text("rule").notNull(),
    points: integer("points").notNull(),
    reason: text("reason").notNull(),
    status: violationStatusEnum("status").notNull(),
    raisedBy: text("raised_by").notNull(),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull(),
    /** VIO-2: confirm or appeal by then, or it takes effect. */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("violations_source_rule_uq").on(t.sourceType, t.sourceId, t.rule).where(sql`${t.sourceId} is not null`),
    index("violations_shop_raised_idx").on(t.shopId, t.raisedAt.desc()),
    index("violations_due_idx").on(t.dueAt, t.id).where(sql`${t.status} = 'pending'`),
  ],
);
