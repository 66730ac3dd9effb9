import { eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { rows, type DbOrTx } from "@/db/client";
import { shops } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { METRICS_WINDOW_MS, TREND_DAYS } from "@/server/domain/metrics";
import type { MarketplaceStyle } from "@/server/domain/shop";
import { isUuid } from "../ids";
import { computeShopMetrics, toRates, type ShopMetrics } from "./shop-metrics";
import { instant, onTimeRowsCte, windowCountColumns, windowCountLaterals, type WindowCountsRow } from "./window-counts";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";

export const shopMetricsInput = z.strictObject({ shopId: z.string().max(64) });

const shopNotFound = () => notFound({ "zh-CN": "店铺不存在", en: "Shop not found" });

async function loadShop(
  db: DbOrTx,
  shopId: string,
): Promise<{ id: string; marketplaceStyle: MarketplaceStyle; timeZone: string }> {
  if (!isUuid(shopId)) throw shopNotFound();
  const [shop] = await db
    .select({ id: shops.id, marketplaceStyle: shops.marketplaceStyle, timeZone: shops.timeZone })
    .from(shops)
    .where(eq(shops.id, shopId))
    .limit(1);
  if (!shop) throw shopNotFound();
  return shop;
}

/** MET-2: a merchant sees its own shop only, whatever the input says; an admin the shop it names. */
function dashboardShopId(ctx: ServiceContext, input: { shopId?: string }): string {
  if (ctx.tenant.kind === "admin") return input.shopId ?? "";
  return tenantOfKind(ctx.tenant, "merchant").shopId;
}

/** MET-1: one shop's cards. */
export async function getShopMetrics(ctx: ServiceContext, input: { shopId?: string }): Promise<ShopMetrics> {
  const { db, now } = ctx;
  const shopId = dashboardShopId(ctx, input);
  if (!isUuid(shopId)) throw shopNotFound();
  const [metrics] = await computeShopMetrics(db, now, shopId);
  if (!metrics) throw shopNotFound();
  return metrics;
}

export interface TrendPoint {
  /** The calendar day in the shop's time zone, YYYY-MM-DD. */
  day: string;
  disputeRate: number | null;
  disputeRefundRate: number | null;
  onTimeReplyRate: number | null;
  penaltyPoints: number;
}

/**
 * MET-2: the last 90 days, each point the rolling-30-day value as of the end of that day in the
 * shop's time zone (today: as of now). "The end of D" is the last millisecond before D+1 starts,
 * so a day's window is exactly the 30 calendar days D−29..D and something at midnight belongs to
 * the day it starts. One query: the days come from generate_series and each day's window is
 * counted by the same laterals as the cards.
 */
export async function getShopTrends(
  ctx: ServiceContext,
  input: { shopId?: string },
): Promise<{ timeZone: string; points: TrendPoint[] }> {
  const { db, now } = ctx;
  const shop = await loadShop(db, dashboardShopId(ctx, input));
  const tz = shop.timeZone;
  const today = sql`(${instant(now)} at time zone ${tz})::date`;
  // Exact elapsed time, like the cards (an interval of days would follow the session's DST).
  const windowBefore = (end: SQL) => sql`(${end} - ${METRICS_WINDOW_MS / 1000}::int * interval '1 second')`;
  const found = await rows<WindowCountsRow & { day: string }>(
    db,
    sql`
    with days as (
      select to_char(d, 'YYYY-MM-DD') as day,
             least((d + interval '1 day') at time zone ${tz} - interval '1 millisecond', ${instant(now)}) as end_at
      from generate_series((${today} - ${TREND_DAYS - 1}::int)::timestamp, (${today})::timestamp, interval '1 day') as d
    ),
    ${onTimeRowsCte(shop.id, windowBefore(sql`(select min(end_at) from days)`), instant(now))}
    select days.day, ${windowCountColumns}
    from days
    ${windowCountLaterals(sql`${shop.id}::uuid`, windowBefore(sql`days.end_at`), sql`days.end_at`)}
    order by days.day`,
  );
  return {
    timeZone: tz,
    points: found.map((row) => {
      const rates = toRates(row, shop.marketplaceStyle);
      return {
        day: row.day,
        disputeRate: rates.disputeRate.value,
        disputeRefundRate: rates.disputeRefundRate.value,
        onTimeReplyRate: rates.onTimeReplyRate.value,
        penaltyPoints: rates.penaltyPoints,
      };
    }),
  };
}
