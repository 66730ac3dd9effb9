import { sql } from "drizzle-orm";
import type { PolicyReason } from "@/server/domain/policies/rollout";
import {
  bigint,
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
import {
  liveServiceOrderStatuses,
  type ServiceRequirement,
  type ServiceResult,
  type ShopServices,
} from "@/server/domain/after-sales";
import { orderScoped } from "./columns";
import {
  afterSalesReasonEnum,
  deadlineOutcomeEnum,
  deadlinePartyEnum,
  proposalKindEnum,
  proposalStageEnum,
  proposalStatusEnum,
  receiptRecorderEnum,
  repairModeEnum,
  serviceCloseReasonEnum,
  serviceDeadlineKindEnum,
  serviceOrderStatusEnum,
  serviceResultEnum,
  serviceTypeEnum,
} from "./enums";
import { orderItems } from "./orders";
import { shops } from "./people";

const live = sql.raw(liveServiceOrderStatuses.map((s) => `'${s}'`).join(", "));
const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * An after-sales service order (售后服务单, AS-1..8). Keeps the rules it was applied under to the
 * end (ROL-1): the after-sales policy, the platform's deadline policy and the violation rules.
 * Photos are evidence_items (record_type 'service_order', the policy's slots: application_photos,
 * receipt_photos, visit_photos). `due_*` is the one deadline running now (service-order-deadlines.ts);
 * `due_handled_at` marks that the sweeper applied its timeout (cleared whenever due_at is set anew),
 * so a deadline whose timeout leaves the status unchanged (AS-3: the row stays overdue) is handled once.
 */
export const serviceOrders = pgTable(
  "service_orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...orderScoped(),
    serviceNo: text("service_no").notNull(),
    type: serviceTypeEnum("type").notNull(),
    repairMode: repairModeEnum("repair_mode"),
    reason: afterSalesReasonEnum("reason").notNull(),
    description: text("description").notNull().default(""),
    status: serviceOrderStatusEnum("status").notNull(),
    policyId: text("policy_id").notNull(),
    policyVersion: integer("policy_version").notNull(),
    /** ROL-2: why this version (rollout code + params), decided once at creation. */
    policyReason: jsonb("policy_reason").$type<PolicyReason>().notNull().default({ code: "baseline" }),
    platformDeadlinePolicyVersion: integer("platform_deadline_policy_version").notNull(),
    violationRulePolicyVersion: integer("violation_rule_policy_version").notNull(),
    /** SVC-1..3 as they were when the consumer applied (a later switch never changes it). */
    services: jsonb("services").$type<ShopServices>().notNull(),
    /** AS-4: what the request asks for (null for on-site work); `agreedResult` after consent or a platform decision. */
    requestedResult: serviceResultEnum("requested_result"),
    agreedResult: serviceResultEnum("agreed_result"),
    appliedAt: at("applied_at").notNull(),
    /** AS-2: the approval's opinion and requirements (e.g. no_cod_return, return_address). */
    reviewOpinion: text("review_opinion"),
    requirements: jsonb("requirements").$type<ServiceRequirement[]>().notNull().default([]),
    approvedAt: at("approved_at"),
    /** Who approved: a merchant user, or "system" (review timeout, 极速审核). */
    approvedBy: text("approved_by"),
    returnCarrier: text("return_carrier"),
    returnTrackingNo: text("return_tracking_no"),
    shippedAt: at("shipped_at"),
    /** SVC-2: refunded when the tracking number was entered; the watch that follows. */
    flashRefundedAt: at("flash_refunded_at"),
    returnMissingFlaggedAt: at("return_missing_flagged_at"),
    /** AS-4/SHOP-1: received — merchant click, logistics signature (system) or the platform (FBP). */
    receivedAt: at("received_at"),
    receivedBy: receiptRecorderEnum("received_by"),
    receivedByUser: text("received_by_user"),
    visitFrom: at("visit_from"),
    visitTo: at("visit_to"),
    visitRecordedAt: at("visit_recorded_at"),
    /** The consumer said the on-site work was not done (may escalate from then on). */
    completionDisputedAt: at("completion_disputed_at"),
    /** AS-4: the one result, its shipment (换新 / 原返) and the refund made. */
    processedResult: serviceResultEnum("processed_result"),
    processedAt: at("processed_at"),
    processedBy: text("processed_by"),
    resultCarrier: text("result_carrier"),
    resultTrackingNo: text("result_tracking_no"),
    refundFen: integer("refund_fen"),
    goodsDeductionFen: integer("goods_deduction_fen").notNull().default(0),
    shippingDeductionFen: integer("shipping_deduction_fen").notNull().default(0),
    /** AS-8: platform intervention (the adjudication queue's clock) and its decision. */
    platformSince: at("platform_since"),
    decidedBy: text("decided_by"),
    decidedAt: at("decided_at"),
    decisionReason: text("decision_reason"),
    decisionRules: text("decision_rules").array(),
    completedAt: at("completed_at"),
    closeReason: serviceCloseReasonEnum("close_reason"),
    closedAt: at("closed_at"),
    dueKind: serviceDeadlineKindEnum("due_kind"),
    dueAt: at("due_at"),
    dueHandledAt: at("due_handled_at"),
    reminderSentAt: at("reminder_sent_at"),
  },
  (t) => [
    uniqueIndex("service_orders_no_uq").on(t.serviceNo),
    // The merchant's list by status tab, keyset on (due_at, id).
    index("service_orders_shop_status_due_idx").on(t.shopId, t.status, t.dueAt, t.id),
    // 工单预警: the merchant's own deadlines across statuses, keyset on (due_at, id).
    index("service_orders_queue_idx")
      .on(t.shopId, t.dueAt, t.id)
      .where(sql`${t.status} in (${live}) and ${t.dueKind} in ('review', 'processing', 'repair', 'on_site')`),
    // The sweeper: every deadline reached and not yet handled, across shops.
    index("service_orders_due_idx")
      .on(t.dueAt, t.id)
      .where(sql`${t.status} in (${live}) and ${t.dueAt} is not null and ${t.dueHandledAt} is null`),
    index("service_orders_shop_applied_idx").on(t.shopId, t.appliedAt.desc(), t.id.desc()),
    index("service_orders_consumer_idx").on(t.consumerId, t.appliedAt.desc(), t.id.desc()),
    index("service_orders_order_idx").on(t.orderId),
    index("service_orders_platform_idx")
      .on(t.platformSince, t.id)
      .where(sql`${t.status} = 'platform_review'`),
  ],
);

/**
 * The order items and quantities a service order names; received and damaged quantities once the
 * goods are back. `live` mirrors the parent's status (false once completed or closed, set in the
 * same transaction): at most one live service order per order item.
 */
export const serviceOrderItems = pgTable(
  "service_order_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceOrderId: uuid("service_order_id")
      .notNull()
      .references(() => serviceOrders.id, { onDelete: "cascade" }),
    orderItemId: uuid("order_item_id")
      .notNull()
      .references(() => orderItems.id),
    quantity: integer("quantity").notNull(),
    receivedQuantity: integer("received_quantity"),
    damagedQuantity: integer("damaged_quantity"),
    live: boolean("live").notNull().default(true),
  },
  (t) => [
    uniqueIndex("service_order_items_one_live_uq")
      .on(t.orderItemId)
      .where(sql`${t.live}`),
    uniqueIndex("service_order_items_item_uq").on(t.serviceOrderId, t.orderItemId),
    index("service_order_items_order_item_idx").on(t.orderItemId),
  ],
);

/** What a proposal asks the consumer to agree to (AS-5). */
export interface ProposalParams {
  /** change_result: the result proposed instead. */
  changeTo?: ServiceResult;
  /** deduction: the amounts and the refund that accepting makes. */
  goodsDeductionFen?: number;
  shippingDeductionFen?: number;
  refundFen?: number;
}

/**
 * AS-5/AS-8: a consent request — never an edit of the request itself. One pending at a time per
 * service order, one of each kind per stage. `pausedMsLeft`: the merchant's time left when it was
 * made, given back (at least the policy's floor) if it is refused or lapses.
 */
export const serviceOrderProposals = pgTable(
  "service_order_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceOrderId: uuid("service_order_id")
      .notNull()
      .references(() => serviceOrders.id, { onDelete: "cascade" }),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    kind: proposalKindEnum("kind").notNull(),
    stage: proposalStageEnum("stage").notNull(),
    status: proposalStatusEnum("status").notNull(),
    params: jsonb("params").$type<ProposalParams>().notNull().default({}),
    note: text("note").notNull(),
    proposedBy: text("proposed_by").notNull(),
    proposedAt: at("proposed_at").notNull(),
    dueAt: at("due_at").notNull(),
    pausedMsLeft: bigint("paused_ms_left", { mode: "number" }).notNull(),
    decidedAt: at("decided_at"),
    /** The consumer's user id, or "system" when it lapsed. */
    decidedBy: text("decided_by"),
    refusalReason: text("refusal_reason"),
  },
  (t) => [
    uniqueIndex("service_order_proposals_one_pending_uq")
      .on(t.serviceOrderId)
      .where(sql`${t.status} = 'pending'`),
    uniqueIndex("service_order_proposals_kind_stage_uq").on(t.serviceOrderId, t.kind, t.stage),
    index("service_order_proposals_due_idx")
      .on(t.dueAt, t.id)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * The deadline ledger of a service order (ROL-4): each deadline that ran, whose it was, when it
 * started and was due, and how it ended. MET-1's on-time rate counts the merchant's deadlines
 * settled in the window (met ÷ met + missed); `void` ones (the consumer withdrew) do not count.
 */
export const serviceOrderDeadlines = pgTable(
  "service_order_deadlines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceOrderId: uuid("service_order_id")
      .notNull()
      .references(() => serviceOrders.id, { onDelete: "cascade" }),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    kind: serviceDeadlineKindEnum("kind").notNull(),
    party: deadlinePartyEnum("party").notNull(),
    policyVersion: integer("policy_version").notNull(),
    startedAt: at("started_at").notNull(),
    dueAt: at("due_at").notNull(),
    settledAt: at("settled_at"),
    outcome: deadlineOutcomeEnum("outcome"),
  },
  (t) => [
    index("service_order_deadlines_record_idx").on(t.serviceOrderId, t.startedAt),
    index("service_order_deadlines_shop_settled_idx")
      .on(t.shopId, t.settledAt)
      .where(sql`${t.party} = 'merchant' and ${t.outcome} in ('met', 'missed')`),
  ],
);

/** SVC-1..3: the after-sales services a shop switched on. No row: all off. */
export const shopServices = pgTable("shop_services", {
  shopId: uuid("shop_id")
    .primaryKey()
    .references(() => shops.id, { onDelete: "cascade" }),
  fastReview: boolean("fast_review").notNull().default(false),
  flashRefund: boolean("flash_refund").notNull().default(false),
  shippingInsurance: boolean("shipping_insurance").notNull().default(false),
  updatedAt: at("updated_at").notNull(),
  updatedBy: text("updated_by").notNull(),
});
