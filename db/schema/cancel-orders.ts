import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { SystemText } from "@/server/domain/system-text";
import { cancelOrderStatusEnum, cancelReasonEnum, interceptionStatusEnum } from "./enums";
import { orderScoped } from "./columns";
import { disputes } from "./disputes";
import { orders } from "./orders";

/**
 * A cancel order (取消订单, DSP-CXL-2..6): the consumer's request to cancel, or the record a
 * cancel-dispute plan makes. `reason` is what the module filters by; a request a dispute plan
 * settled (DSP-CXL-5) keeps the consumer's own reason in `requestReason`.
 */
export const cancelOrders = pgTable(
  "cancel_orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...orderScoped(),
    status: cancelOrderStatusEnum("status").notNull(),
    reason: cancelReasonEnum("reason").notNull(),
    requestReason: cancelReasonEnum("request_reason"),
    note: text("note"),
    /** A note the system wrote (e.g. why the window closed), as a code plus parameters. */
    noteMessage: jsonb("note_message").$type<SystemText>(),
    /** The cancel dispute whose plan raised or settled it. */
    disputeId: uuid("dispute_id").references(() => disputes.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    /**
     * DSP-CXL-7: the end of the merchant's review window of a consumer's request, fixed when the
     * request is made (ROL-1: the window of the policy in force then). Null on records a
     * dispute plan raised: nobody reviews those.
     */
    reviewDueAt: timestamp("review_due_at", { withTimezone: true }),
    /** DSP-CXL-4: the end of the 48h interception window while logistics_pending. */
    dueAt: timestamp("due_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: text("decided_by"),
    rejectReason: text("reject_reason"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    // At most one cancel order in motion per order.
    uniqueIndex("cancel_orders_one_live_uq")
      .on(t.orderId)
      .where(sql`${t.status} in ('pending', 'logistics_pending', 'intercepting')`),
    index("cancel_orders_shop_idx").on(t.shopId, t.requestedAt.desc(), t.id.desc()),
    index("cancel_orders_shop_status_idx").on(t.shopId, t.status, t.requestedAt.desc(), t.id.desc()),
    index("cancel_orders_due_idx")
      .on(t.dueAt, t.id)
      .where(sql`${t.status} = 'logistics_pending'`),
    index("cancel_orders_consumer_idx").on(t.consumerId, t.requestedAt.desc()),
    index("cancel_orders_dispute_idx").on(t.disputeId),
  ],
);

/** The demo platform-logistics adapter's record of an interception (one per cancel order). */
export const logisticsInterceptions = pgTable(
  "logistics_interceptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    cancelOrderId: uuid("cancel_order_id")
      .notNull()
      .references(() => cancelOrders.id),
    status: interceptionStatusEnum("status").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    reportedBy: text("reported_by"),
  },
  (t) => [
    uniqueIndex("logistics_interceptions_cancel_uq").on(t.cancelOrderId),
    index("logistics_interceptions_status_idx").on(t.status, t.requestedAt),
  ],
);
