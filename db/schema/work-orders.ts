import { sql } from "drizzle-orm";
import type { PolicyReason } from "@/server/domain/policies/rollout";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { invoicingPartyEnum, liablePartyEnum, workOrderStatusEnum, workOrderTypeEnum } from "./enums";
import { invoiceRequests } from "./invoices";
import { orderScoped } from "./columns";

/** What the responsible party replied (INV-5 resolutions; later types add their own fields). */
export type WorkOrderReply = {
  resolution: string;
  note?: string;
  /** INV-5 已协商开票时间: the agreed invoicing date. */
  promisedAt?: string;
  invoiceNo?: string;
  invoiceFileId?: string;
} & Record<string, unknown>;

/**
 * A work order (工单): urge-invoice (INV-4) now, platform-intervention types later. Each one
 * keeps the policy id+version it was opened under (ROL-1). `due_at` is the deadline the
 * sweeper watches while the status is open or promised.
 */
export const workOrders = pgTable(
  "work_orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...orderScoped(),
    type: workOrderTypeEnum("type").notNull(),
    status: workOrderStatusEnum("status").notNull(),
    /** SHOP-1: FBP invoice work orders go to the platform, not the merchant. */
    routedTo: invoicingPartyEnum("routed_to").notNull(),
    invoiceRequestId: uuid("invoice_request_id").references(() => invoiceRequests.id),
    policyId: text("policy_id").notNull(),
    policyVersion: integer("policy_version").notNull(),
    /** ROL-2: why this version (rollout code + params), decided once at creation. */
    policyReason: jsonb("policy_reason").$type<PolicyReason>().notNull().default({ code: "baseline" }),
    /** ROL-1: the platform-deadline and violation-rule versions it runs under (backfilled: 1). */
    platformDeadlinePolicyVersion: integer("platform_deadline_policy_version").notNull().default(1),
    violationRulePolicyVersion: integer("violation_rule_policy_version").notNull().default(1),
    claim: text("claim"),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    repliedBy: text("replied_by"),
    replyOnTime: boolean("reply_on_time"),
    reply: jsonb("reply").$type<WorkOrderReply>(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    /** When it reached the platform (reviewing or judging): the adjudication queue's clock. */
    platformSince: timestamp("platform_since", { withTimezone: true }),
    /** The platform's decision (WO-TM-4/5, DSP-5): counted in the shop's metrics (MET-1). */
    liableParty: liablePartyEnum("liable_party"),
    decidedBy: text("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionReason: text("decision_reason"),
    /** The rule IDs the decision cites. */
    decisionRules: text("decision_rules").array(),
  },
  (t) => [
    // INV-4: at most one open urge-invoice work order per invoice request.
    uniqueIndex("work_orders_one_open_urge_uq")
      .on(t.invoiceRequestId)
      .where(sql`${t.type} = 'urge_invoice' and ${t.status} in ('open', 'promised')`),
    // The warning queue: keyset on (due_at, id) within a shop, open states only.
    index("work_orders_queue_idx")
      .on(t.shopId, t.dueAt, t.id)
      .where(sql`${t.status} in ('open', 'promised')`),
    // The sweeper: everything due, across shops.
    index("work_orders_due_idx")
      .on(t.dueAt, t.id)
      .where(sql`${t.status} in ('open', 'promised')`),
    index("work_orders_order_idx").on(t.orderId),
    index("work_orders_invoice_idx").on(t.invoiceRequestId),
    index("work_orders_platform_idx")
      .on(t.platformSince, t.id)
      .where(sql`${t.status} in ('reviewing', 'judging')`),
    // MET-1 on-time reply rate: the merchant's work orders by when their reply was settled.
    index("work_orders_shop_settled_idx")
      .on(t.shopId, sql`coalesce(${t.repliedAt}, ${t.dueAt})`)
      .where(sql`${t.routedTo} = 'merchant'`),
    // MAL-3 non-response signal: the shop's newest unanswered work orders (its links), read backwards from now.
    index("work_orders_shop_unanswered_idx")
      .on(t.shopId, t.dueAt, t.id)
      .where(sql`${t.routedTo} = 'merchant' and ${t.repliedAt} is null`),
    index("work_orders_shop_decided_idx")
      .on(t.shopId, t.decidedAt)
      .where(sql`${t.decidedAt} is not null`),
  ],
);
