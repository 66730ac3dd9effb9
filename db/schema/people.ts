import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { users } from "./auth";
import { adminLevelEnum, businessModeEnum, marketplaceStyleEnum, shopRoleEnum } from "./enums";

/** SHOP-1: a shop, its business mode and the marketplace rule set it runs under. */
export const shops = pgTable("shops", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  businessMode: businessModeEnum("business_mode").notNull(),
  marketplaceStyle: marketplaceStyleEnum("marketplace_style").notNull(),
  timeZone: text("time_zone").notNull().default(DEFAULT_TIME_ZONE),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** SHOP-3: a merchant user belongs to exactly one shop. */
export const shopMembers = pgTable(
  "shop_members",
  {
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: shopRoleEnum("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("shop_members_user_uq").on(t.userId), index("shop_members_shop_idx").on(t.shopId)],
);

/** A consumer (buyer). Linked to a sign-in user; orders hang off the consumer. */
export const consumers = pgTable(
  "consumers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    phone: text("phone").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("consumers_user_uq")
      .on(t.userId)
      .where(sql`${t.userId} is not null`),
  ],
);

/** Platform staff. */
export const adminUsers = pgTable("admin_users", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  level: adminLevelEnum("level").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
