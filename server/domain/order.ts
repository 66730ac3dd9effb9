/** SHOP-2: order lifecycle paid → shipped → signed → completed, or cancelled. */
export const orderStatuses = ["paid", "shipped", "signed", "completed", "cancelled"] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** 京配 (platform delivery) or 非京配 (third-party couriers). */
export const deliveryTypes = ["platform", "third_party"] as const;
export type DeliveryType = (typeof deliveryTypes)[number];

export function isOrderStatus(value: string): value is OrderStatus {
  return (orderStatuses as readonly string[]).includes(value);
}
