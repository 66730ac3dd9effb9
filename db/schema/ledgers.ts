import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { SystemText } from "@/server/domain/system-text";
import { actorRoleEnum, auditedRecordTypeEnum, refundCauseEnum, refundKindEnum, refundSourceTypeEnum } from "./enums";
import { orders } from "./orders";
import { shops } from "./people";

/** Money paid back to a consumer. One row per (source record, kind): a retry hits the constraint. */
export const refunds = pgTable(
  "refunds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    sourceType: refundSourceTypeEnum("source_type").notNull(),
    sourceId: uuid("source_id").notNull(),
    kind: refundKindEnum("kind").notNull(),
    amountFen: integer("amount_fen").notNull(),
    /** What made the refund (a judgment, a settlement plan, a cancel review…); metrics read it. */
    cause: refundCauseEnum("cause").notNull(),
    /** Free text someone typed (a judge's reasons); older rows hold system text here too. */
    reason: text("reason"),
    /** System-written reason as a code plus parameters, put into words in the viewer's language. */
    reasonMessage: jsonb("reason_message").$type<SystemText>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("refunds_source_kind_uq").on(t.sourceType, t.sourceId, t.kind),
    index("refunds_shop_created_idx").on(t.shopId, t.createdAt),
    index("refunds_order_idx").on(t.orderId),
  ],
);

/** SHOP-4: the append-only history of every state change. The timeline reads only this. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shopId: uuid("shop_id").references(() => shops.id),
    recordType: auditedRecordTypeEnum("record_type").notNull(),
    recordId: uuid("record_id").notNull(),
    actorId: text("actor_id"),
    actorRole: actorRoleEnum("actor_role").notNull(),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    /** Internal admin notes: never shown to merchants or consumers. */
    internal: boolean("internal").notNull().default(false),
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** Insertion order: breaks ties between events of one transaction (same `at`). */
    seq: bigserial("seq", { mode: "number" }).notNull(),
  },
  (t) => [
    index("audit_events_shop_record_idx").on(t.shopId, t.recordType, t.recordId, t.at),
    index("audit_events_record_idx").on(t.recordType, t.recordId, t.at),
  ],
);
