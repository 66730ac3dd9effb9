import { isUnpaidOrder, type OrderStatus } from "@/server/domain/order";
import type { MarketplaceStyle } from "@/server/domain/shop";
import type { InterventionType } from "@/server/services/intervention/intervention-work-order";

export const interventionTypeList: readonly InterventionType[] = ["not_received", "missing_items", "collaborative"];

/**
 * WO-1 (mirrors the server's checks in apply-for-intervention): not-received and missing-items
 * need a signed or completed order; collaborative needs a Tmall/Taobao shop and a live order.
 * Returns why a type is unavailable, or null when it can be chosen.
 */
export function unavailableReason(
  type: InterventionType,
  order: { status: OrderStatus; marketplaceStyle: MarketplaceStyle },
): "signed" | "tmall" | "cancelled" | "unpaid" | null {
  if (isUnpaidOrder(order.status)) return "unpaid";
  if (type === "collaborative") {
    if (order.marketplaceStyle !== "tmall" && order.marketplaceStyle !== "taobao") return "tmall";
    return order.status === "cancelled" ? "cancelled" : null;
  }
  return order.status === "signed" || order.status === "completed" ? null : "signed";
}

/** Whether the order page offers 申请平台介入 at all. */
export function canApplyForIntervention(order: { status: OrderStatus; marketplaceStyle: MarketplaceStyle }): boolean {
  return interventionTypeList.some((type) => unavailableReason(type, order) === null);
}
