import { uuid } from "drizzle-orm/pg-core";
import { orders } from "./orders";
import { consumers, shops } from "./people";

/** The tenant columns of every record that hangs off an order: its shop, order and consumer. */
export function orderScoped() {
  return {
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    consumerId: uuid("consumer_id")
      .notNull()
      .references(() => consumers.id),
  };
}
