import { sql } from "drizzle-orm";
import type { PolicyReason } from "@/server/domain/policies/rollout";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { openComplaintStatuses } from "@/server/domain/complaint";
import { complaintCategoryEnum, complaintStatusEnum } from "./enums";
import { orders } from "./orders";
import { consumers, shops } from "./people";

const open = sql.raw(openComplaintStatuses.map((s) => `'${s}'`).join(", "));
const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A merchant's malicious-behaviour complaint about a buyer (恶意行为投诉, MAL-1/MAL-2). Keeps the
 * complaint rules it was filed under (ROL-1). Evidence is evidence_items (record_type 'complaint',
 * the category's slots; a supplement's files in the policy's supplement slot), frozen on filing.
 * `order_set_key` is the canonical key of the orders named (domain/complaint.ts orderSetKey): one
 * open complaint per (orders, category). `review_due_at` runs while the platform reviews;
 * `material_due_at` while the merchant owes the requested material (the review clock is stopped).
 */
export const complaints = pgTable(
  "complaints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    complaintNo: text("complaint_no").notNull(),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    consumerId: uuid("consumer_id")
      .notNull()
      .references(() => consumers.id),
    category: complaintCategoryEnum("category").notNull(),
    status: complaintStatusEnum("status").notNull(),
    statement: text("statement").notNull(),
    orderSetKey: text("order_set_key").notNull(),
    policyId: text("policy_id").notNull(),
    policyVersion: integer("policy_version").notNull(),
    /** ROL-2: why this version (rollout code + params), decided once at creation. */
    policyReason: jsonb("policy_reason").$type<PolicyReason>().notNull().default({ code: "baseline" }),
    filedAt: at("filed_at").notNull(),
    filedBy: text("filed_by").notNull(),
    /** MAL-2: the platform's review deadline (null while material is owed and once decided). */
    reviewDueAt: at("review_due_at"),
    /** MAL-2: the one request for more material, the merchant's window and the answer. */
    materialRequestedAt: at("material_requested_at"),
    materialRequestedBy: text("material_requested_by"),
    materialRequestNote: text("material_request_note"),
    materialDueAt: at("material_due_at"),
    materialReminderSentAt: at("material_reminder_sent_at"),
    supplementedAt: at("supplemented_at"),
    supplementStatement: text("supplement_statement"),
    /** The decision (uphold / dismiss) or the close when the material never came ("system"). */
    decidedAt: at("decided_at"),
    decidedBy: text("decided_by"),
    decisionReason: text("decision_reason"),
    closedAt: at("closed_at"),
  },
  (t) => [
    uniqueIndex("complaints_no_uq").on(t.complaintNo),
    // MAL-1: a duplicate complaint about the same orders and category is refused while one is open.
    uniqueIndex("complaints_open_uq")
      .on(t.orderSetKey, t.category)
      .where(sql`${t.status} in (${open})`),
    // The merchant's list by status tab, newest first (keyset on filed_at, id).
    index("complaints_shop_status_filed_idx").on(t.shopId, t.status, t.filedAt.desc(), t.id.desc()),
    index("complaints_shop_filed_idx").on(t.shopId, t.filedAt.desc(), t.id.desc()),
    // The admin queue: oldest deadline first.
    index("complaints_review_queue_idx")
      .on(t.reviewDueAt, t.id)
      .where(sql`${t.status} = 'pending_review'`),
    // The sweeper: material windows that ran out.
    index("complaints_material_due_idx")
      .on(t.materialDueAt, t.id)
      .where(sql`${t.status} = 'needs_material'`),
    index("complaints_consumer_idx").on(t.consumerId, t.filedAt.desc()),
  ],
);

/** The orders a complaint names (this shop's orders of that buyer, checked on filing). */
export const complaintOrders = pgTable(
  "complaint_orders",
  {
    complaintId: uuid("complaint_id")
      .notNull()
      .references(() => complaints.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
  },
  (t) => [
    uniqueIndex("complaint_orders_uq").on(t.complaintId, t.orderId),
    index("complaint_orders_order_idx").on(t.orderId),
  ],
);

/**
 * MAL-2: a risk mark an upheld complaint put on a buyer — a platform fact about the consumer.
 * Counts from `since` until `expires_at` (policy validity) or until an admin clears it (reason kept
 * here and in the audit trail). `shop_id` is the complaining shop (the source; never shown to
 * other shops with its evidence). Marks inform; no rule reads them to change an outcome (MAL-3).
 */
export const riskMarks = pgTable(
  "risk_marks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consumerId: uuid("consumer_id")
      .notNull()
      .references(() => consumers.id),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    complaintId: uuid("complaint_id")
      .notNull()
      .references(() => complaints.id),
    category: complaintCategoryEnum("category").notNull(),
    since: at("since").notNull(),
    expiresAt: at("expires_at").notNull(),
    clearedAt: at("cleared_at"),
    clearedBy: text("cleared_by"),
    clearReason: text("clear_reason"),
  },
  (t) => [
    uniqueIndex("risk_marks_complaint_uq").on(t.complaintId),
    // Active marks of a buyer: cleared_at is null and expires_at > now.
    index("risk_marks_consumer_active_idx")
      .on(t.consumerId, t.expiresAt)
      .where(sql`${t.clearedAt} is null`),
    index("risk_marks_consumer_since_idx").on(t.consumerId, t.since.desc(), t.id.desc()),
  ],
);
