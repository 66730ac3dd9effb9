/**
 * SHOP-2: order lifecycle placed (awaiting_payment) → paid → shipped → signed → completed, or cancelled.
 * An order never paid is closed by the marketplace as closed_unpaid (交易关闭·未付款).
 *
 * Timestamps: placed_at is always set; paid_at stays null for awaiting_payment and closed_unpaid.
 * Choice: an order closed unpaid keeps its closing time in cancelled_at (no separate closed_at column),
 * so "when did this order stop" is one column for both cancelled and closed_unpaid.
 */
export const orderStatuses = [
  "awaiting_payment",
  "paid",
  "shipped",
  "signed",
  "completed",
  "cancelled",
  "closed_unpaid",
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** 京配 (platform delivery) or 非京配 (third-party couriers). */
export const deliveryTypes = ["platform", "third_party"] as const;
export type DeliveryType = (typeof deliveryTypes)[number];

export function isOrderStatus(value: string): value is OrderStatus {
  return (orderStatuses as readonly string[]).includes(value);
}

/** The order was never paid: still awaiting payment, or closed by the marketplace unpaid. */
export function isUnpaidOrder(status: OrderStatus): boolean {
  return status === "awaiting_payment" || status === "closed_unpaid";
}
