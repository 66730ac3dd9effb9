import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { deliveryTypeEnum, orderStatusEnum } from "./enums";
import { consumers, shops } from "./people";

/** SHOP-2: an order with its lifecycle timestamps. Money is integer fen. */
export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    consumerId: uuid("consumer_id")
      .notNull()
      .references(() => consumers.id),
    orderNo: text("order_no").notNull(),
    status: orderStatusEnum("status").notNull(),
    deliveryType: deliveryTypeEnum("delivery_type").notNull(),
    worryFree: boolean("worry_free").notNull().default(false),
    amountFen: integer("amount_fen").notNull(),
    shippingFen: integer("shipping_fen").notNull().default(0),
    paidAt: timestamp("paid_at", { withTimezone: true }).notNull(),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    signedAt: timestamp("signed_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    trackingNo: text("tracking_no"),
    carrier: text("carrier"),
    shippingAddress: text("shipping_address").notNull(),
  },
  (t) => [
    uniqueIndex("orders_order_no_uq").on(t.orderNo),
    // Merchant order list: keyset on (paid_at desc, id desc) within a shop.
    index("orders_shop_paid_idx").on(t.shopId, t.paidAt.desc(), t.id.desc()),
    index("orders_shop_status_paid_idx").on(t.shopId, t.status, t.paidAt.desc(), t.id.desc()),
    index("orders_consumer_paid_idx").on(t.consumerId, t.paidAt.desc(), t.id.desc()),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceFen: integer("unit_price_fen").notNull(),
    /** AS-7: the item's warranty in days (0: none); null takes the after-sales policy's default. */
    warrantyDays: integer("warranty_days"),
  },
  (t) => [index("order_items_order_idx").on(t.orderId)],
);
