import { z } from "zod";
import { compareMetric } from "@/server/domain/metrics";
import { computeShopMetrics, type ShopMetrics } from "./shop-metrics";
import type { ServiceContext } from "../service-context";

export const shopMetricsSortKeys = [
  "name",
  "dispute_rate",
  "dispute_refund_rate",
  "on_time_reply_rate",
  "open_items",
  "penalty_points",
] as const;
export type ShopMetricsSortKey = (typeof shopMetricsSortKeys)[number];

export const listShopMetricsInput = z.strictObject({
  sort: z.enum(shopMetricsSortKeys).default("dispute_rate"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  offset: z.number().int().min(0).max(100_000).default(0),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ListShopMetricsInput = z.input<typeof listShopMetricsInput>;

const sortValue: Record<Exclude<ShopMetricsSortKey, "name">, (m: ShopMetrics) => number | null> = {
  dispute_rate: (m) => m.disputeRate.value,
  dispute_refund_rate: (m) => m.disputeRefundRate.value,
  on_time_reply_rate: (m) => m.onTimeReplyRate.value,
  open_items: (m) => m.openItems.total,
  penalty_points: (m) => m.penaltyPoints.effective,
};

/**
 * MET-2: the admin table — every shop's numbers, sortable by any of them. Shops are few (a
 * platform's merchant accounts, tens to hundreds), and a rate is not a column an index can sort
 * by, so every shop is computed (one query, index range scans per shop) and sorted here; pages
 * are offset-based over that sorted list. Shops without a value ("—") sort last either way;
 * ties fall back to the shop name, then id, so pages are stable.
 */
export async function listShopMetrics({ db, now }: ServiceContext, input: ListShopMetricsInput) {
  const { sort, direction, offset, limit } = listShopMetricsInput.parse(input);
  const all = await computeShopMetrics(db, now);
  const byName = (a: ShopMetrics, b: ShopMetrics) =>
    a.shop.name.localeCompare(b.shop.name, "zh-CN") || a.shop.id.localeCompare(b.shop.id);
  all.sort((a, b) => {
    if (sort === "name") return direction === "asc" ? byName(a, b) : byName(b, a);
    return compareMetric(sortValue[sort](a), sortValue[sort](b), direction) || byName(a, b);
  });
  const items = all.slice(offset, offset + limit);
  return { items, total: all.length, nextOffset: offset + limit < all.length ? offset + limit : null, now };
}
