import { sql } from "drizzle-orm";
import type { PolicyReason } from "@/server/domain/policies/rollout";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { disputeScenarioEnum, disputeStatusEnum, invoicingPartyEnum, liablePartyEnum, remedyKindEnum } from "./enums";
import { invoiceRequests } from "./invoices";
import { orderScoped } from "./columns";
import { workOrders } from "./work-orders";

/** The plan the responsible party chose (DSP-1): its key, kind and the fields it required. */
export type DisputePlanPayload = { note?: string; date?: string; invoiceNo?: string; invoiceFileId?: string } & Record<
  string,
  unknown
>;

/** A dispute (纠纷单). Keeps the policy id+version it was opened under (ROL-1). */
export const disputes = pgTable(
  "disputes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...orderScoped(),
    scenario: disputeScenarioEnum("scenario").notNull(),
    status: disputeStatusEnum("status").notNull(),
    /** SHOP-1: who must answer — the merchant, or the platform for FBP invoice disputes. */
    responsibleParty: invoicingPartyEnum("responsible_party").notNull(),
    invoiceRequestId: uuid("invoice_request_id").references(() => invoiceRequests.id),
    /** DSP-INV-2: the urge-invoice work order an urged dispute is judged from. */
    workOrderId: uuid("work_order_id").references(() => workOrders.id),
    policyId: text("policy_id").notNull(),
    policyVersion: integer("policy_version").notNull(),
    /** ROL-2: why this version (rollout code + params), decided once at creation. */
    policyReason: jsonb("policy_reason").$type<PolicyReason>().notNull().default({ code: "baseline" }),
    /** ROL-1: the platform-deadline and violation-rule versions it runs under (backfilled: 1). */
    platformDeadlinePolicyVersion: integer("platform_deadline_policy_version").notNull().default(1),
    violationRulePolicyVersion: integer("violation_rule_policy_version").notNull().default(1),
    claim: text("claim").notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }),
    planKey: text("plan_key"),
    /** settlement (awaits the consumer) or no_fault (evidence, to the platform). */
    planKind: text("plan_kind").$type<"settlement" | "no_fault">(),
    planPayload: jsonb("plan_payload").$type<DisputePlanPayload>(),
    evidenceReason: text("evidence_reason"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredBy: text("answered_by"),
    /** DSP-4: silent past the deadline — evidence given up (放弃举证). */
    evidenceGivenUp: boolean("evidence_given_up").notNull().default(false),
    consumerResponse: text("consumer_response").$type<"confirmed" | "rejected" | "auto_confirmed">(),
    consumerRespondedAt: timestamp("consumer_responded_at", { withTimezone: true }),
    rejectionReason: text("rejection_reason"),
    judgingSince: timestamp("judging_since", { withTimezone: true }),
    liableParty: liablePartyEnum("liable_party"),
    remedy: remedyKindEnum("remedy"),
    remedyAmountFen: integer("remedy_amount_fen"),
    judgmentReason: text("judgment_reason"),
    /** DSP-5: the rule IDs the judgment cites (e.g. DSP-CXL-4, WO-PDD-1). */
    judgmentRules: text("judgment_rules").array(),
    judgedBy: text("judged_by"),
    judgedAt: timestamp("judged_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    // One live dispute per order and scenario.
    uniqueIndex("disputes_one_live_uq")
      .on(t.orderId, t.scenario)
      .where(sql`${t.status} not in ('settled', 'judged')`),
    index("disputes_queue_idx")
      .on(t.shopId, t.dueAt, t.id)
      .where(sql`${t.status} in ('awaiting_merchant', 'awaiting_consumer')`),
    index("disputes_due_idx")
      .on(t.dueAt, t.id)
      .where(sql`${t.status} in ('awaiting_merchant', 'awaiting_consumer')`),
    index("disputes_judging_idx")
      .on(t.judgingSince, t.id)
      .where(sql`${t.status} = 'platform_judging'`),
    index("disputes_shop_opened_idx").on(t.shopId, t.openedAt.desc(), t.id.desc()),
    index("disputes_consumer_idx").on(t.consumerId, t.openedAt.desc()),
    index("disputes_invoice_idx").on(t.invoiceRequestId),
    index("disputes_shop_judged_idx")
      .on(t.shopId, t.judgedAt)
      .where(sql`${t.judgedAt} is not null`),
  ],
);
