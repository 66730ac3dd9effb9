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
    /** When the buyer placed the order; the order lists key on it. */
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull(),
    /** Null while awaiting payment and for an order closed unpaid. */
    paidAt: timestamp("paid_at", { withTimezone: true }),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    signedAt: timestamp("signed_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** When it was cancelled, or closed unpaid by the marketplace (status closed_unpaid). */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    trackingNo: text("tracking_no"),
    carrier: text("carrier"),
    shippingAddress: text("shipping_address").notNull(),
  },
  (t) => [
    uniqueIndex("orders_order_no_uq").on(t.orderNo),
    // Order lists: keyset on (placed_at desc, id desc) within a shop / for a consumer.
    index("orders_shop_placed_idx").on(t.shopId, t.placedAt.desc(), t.id.desc()),
    index("orders_shop_status_placed_idx").on(t.shopId, t.status, t.placedAt.desc(), t.id.desc()),
    index("orders_consumer_placed_idx").on(t.consumerId, t.placedAt.desc(), t.id.desc()),
    // MAL-3 shared-address signal: other accounts' orders to one address within a window.
    index("orders_address_placed_idx").on(t.shippingAddress, t.placedAt),
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
