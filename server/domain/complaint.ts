/**
 * Malicious-behaviour complaints (恶意行为投诉, MAL-1/MAL-2) and the risk marks an upheld one puts
 * on a buyer: the words of the area. The rules live in policies/complaints.ts (versioned data);
 * the status changes in machines/complaint.ts.
 */

/** MAL-1: what a merchant complains about (JD 京营保 恶意行为投诉中心's categories). */
export const complaintCategories = [
  "malicious_order", // 恶意订单预警
  "return_risk", // 退换货风险
  "compensation_risk", // 赔付风险
  "scalper_bulk", // 黄牛批量下单
  "unpaid_orders", // 大量下单不付款
  "split_arbitrage", // 拆单套利
] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

/**
 * A complaint's status:
 * pending_review  — 待审核: the platform reviews (MAL-2, policy review deadline)
 * needs_material  — 需补充材料: the platform asked for more, once; the merchant's window runs
 * upheld          — 已成立: a risk mark was put on the buyer
 * dismissed       — 不成立
 * closed          — 已关闭: the merchant did not supply the material in time
 */
export const complaintStatuses = ["pending_review", "needs_material", "upheld", "dismissed", "closed"] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** Statuses of an open complaint: at most one open per (orders, category) — complaints_open_uq. */
export const openComplaintStatuses = ["pending_review", "needs_material"] as const satisfies readonly ComplaintStatus[];
export const finalComplaintStatuses = ["upheld", "dismissed", "closed"] as const satisfies readonly ComplaintStatus[];

export function isOpenComplaint(status: ComplaintStatus): boolean {
  return (openComplaintStatuses as readonly ComplaintStatus[]).includes(status);
}

/** The merchant's list tabs: one per status (closed shown with dismissed is a UI choice). */
export const complaintTabs = ["all", ...complaintStatuses] as const;
export type ComplaintTab = (typeof complaintTabs)[number];

/** MAL-2: an admin's decision on a complaint in review. */
export const complaintDecisions = ["uphold", "dismiss", "request_material"] as const;
export type ComplaintDecision = (typeof complaintDecisions)[number];

/**
 * The canonical key of the set of orders a complaint names: the order ids sorted and joined.
 * Two complaints naming the same orders (in any order, with repeats) share it, so the partial
 * unique index refuses a second open one of the same category.
 */
export function orderSetKey(orderIds: readonly string[]): string {
  return [...new Set(orderIds.map((id) => id.toLowerCase()))].sort().join(",");
}

/** A risk mark counts from `since` until it expires or is cleared (MAL-2); a query condition, no sweep. */
export function isMarkActive(mark: { expiresAt: Date; clearedAt: Date | null }, now: Date): boolean {
  return mark.clearedAt === null && now.getTime() < mark.expiresAt.getTime();
}
