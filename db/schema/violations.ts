import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { SystemText } from "@/server/domain/system-text";
import { appealStatusEnum, violationSourceTypeEnum, violationStatusEnum } from "./enums";
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
    /** Free text someone typed (an admin's reasons); older system tickets hold system text here. */
    reason: text("reason"),
    /** System-written reason as a code plus parameters, put into words in the viewer's language. */
    reasonMessage: jsonb("reason_message").$type<SystemText>(),
    status: violationStatusEnum("status").notNull(),
    raisedBy: text("raised_by").notNull(),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull(),
    /** VIO-2: confirm or appeal by then, or it takes effect. */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Who confirmed it or decided its appeal; "system" when it took effect by itself (VIO-2). */
    decidedBy: text("decided_by"),
    /** When its points started to count (confirmed, or 7 days passed, or an appeal upheld). */
    effectiveAt: timestamp("effective_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("violations_source_rule_uq")
      .on(t.sourceType, t.sourceId, t.rule)
      .where(sql`${t.sourceId} is not null`),
    index("violations_shop_raised_idx").on(t.shopId, t.raisedAt.desc()),
    index("violations_due_idx")
      .on(t.dueAt, t.id)
      .where(sql`${t.status} = 'pending'`),
    index("violations_shop_effective_idx")
      .on(t.shopId, t.effectiveAt)
      .where(sql`${t.status} = 'effective'`),
  ],
);

/**
 * VIO-3: the merchant's appeal against a ticket — a statement and evidence (evidence_items
 * with record_type 'violation' and the ticket's id). One per ticket; decided by a senior
 * reviewer who did not make the decision that raised the ticket.
 */
export const appeals = pgTable(
  "appeals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    violationId: uuid("violation_id")
      .notNull()
      .references(() => violations.id),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    statement: text("statement").notNull(),
    status: appealStatusEnum("status").notNull(),
    submittedBy: text("submitted_by").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    decidedBy: text("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionReason: text("decision_reason"),
  },
  (t) => [
    uniqueIndex("appeals_violation_uq").on(t.violationId),
    index("appeals_pending_idx")
      .on(t.submittedAt, t.id)
      .where(sql`${t.status} = 'pending'`),
    index("appeals_shop_idx").on(t.shopId, t.submittedAt.desc()),
  ],
);
