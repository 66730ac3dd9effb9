import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { SystemText } from "@/server/domain/system-text";
import { auditedRecordTypeEnum } from "./enums";
import { consumers, shops } from "./people";

/**
 * NTF-1/NTF-2: an in-app notification for a shop (every member sees it) or a consumer. The text
 * is rendered from `kind` + `params` in the reader's language. `dedupeKey` makes a notification
 * that must happen once (a 4h reminder) unique, whatever retries or concurrent sweeps do.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shopId: uuid("shop_id").references(() => shops.id),
    consumerId: uuid("consumer_id").references(() => consumers.id),
    kind: text("kind").notNull(),
    params: jsonb("params").$type<Record<string, string | number>>().notNull().default({}),
    recordType: auditedRecordTypeEnum("record_type").notNull(),
    recordId: uuid("record_id").notNull(),
    dedupeKey: text("dedupe_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notifications_dedupe_uq")
      .on(t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null`),
    index("notifications_shop_idx")
      .on(t.shopId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.shopId} is not null`),
    index("notifications_consumer_idx")
      .on(t.consumerId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.consumerId} is not null`),
    index("notifications_shop_unread_idx")
      .on(t.shopId)
      .where(sql`${t.readAt} is null and ${t.shopId} is not null`),
  ],
);

/** WO-PDD-2: an admin action the system raises — delist the shop's affected products. */
export const delistingRequests = pgTable(
  "delisting_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    workOrderId: uuid("work_order_id").notNull(),
    /** Older rows: the reason as zh-CN text. New rows: reasonMessage. */
    reason: text("reason"),
    reasonMessage: jsonb("reason_message").$type<SystemText>(),
    status: text("status").$type<"open" | "done">().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    handledBy: text("handled_by"),
    handledAt: timestamp("handled_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("delisting_requests_work_order_uq").on(t.workOrderId),
    index("delisting_requests_status_idx").on(t.status, t.createdAt),
  ],
);
