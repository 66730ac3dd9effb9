import { sql } from "drizzle-orm";
import { rows, type DbOrTx } from "@/db/client";
import {
  disputeRate,
  disputeRefundRate,
  emptyOpenItems,
  onTimeReplyRate,
  openItemsTotal,
  windowEndingAt,
  workOrderJudgmentsCountInDisputeRate,
  type MetricsWindow,
  type OpenItemsByTier,
} from "@/server/domain/metrics";
import type { BusinessMode, MarketplaceStyle } from "@/server/domain/shop";
import { openItemsByShop } from "./open-items";
import { instant, onTimeRowsCte, windowCountColumns, windowCountLaterals, type WindowCountsRow } from "./window-counts";

export interface ShopMetrics {
  shop: { id: string; name: string; businessMode: BusinessMode; marketplaceStyle: MarketplaceStyle; timeZone: string };
  window: MetricsWindow;
  disputeRate: {
    value: number | null;
    judgedDisputes: number;
    judgedWorkOrders: number;
    workOrdersCounted: boolean;
    paidOrders: number;
  };
  disputeRefundRate: {
    value: number | null;
    judgedRefunds: number;
    refunds: number;
    judgedRefundFen: number;
    refundFen: number;
  };
  onTimeReplyRate: { value: number | null; onTime: number; due: number };
  openItems: { total: number; overdue: number; byTier: OpenItemsByTier };
  penaltyPoints: { effective: number; pending: number };
}

type ShopRow = WindowCountsRow & {
  id: string;
  name: string;
  business_mode: BusinessMode;
  marketplace_style: MarketplaceStyle;
  time_zone: string;
  pending_points: number;
};

/** The counts of one window turned into the numbers (shared with the trends). */
export function toRates(c: WindowCountsRow, style: MarketplaceStyle) {
  const dispute = {
    judgedDisputes: c.judged_disputes,
    judgedWorkOrders: c.judged_work_orders,
    paidOrders: c.paid_orders,
  };
  const refunds = { judgedRefunds: c.judged_refunds, refunds: c.refunds };
  return {
    disputeRate: {
      value: disputeRate(dispute, style),
      ...dispute,
      workOrdersCounted: workOrderJudgmentsCountInDisputeRate(style),
    },
    disputeRefundRate: {
      value: disputeRefundRate(refunds),
      ...refunds,
      judgedRefundFen: c.judged_refund_fen,
      refundFen: c.refund_fen,
    },
    onTimeReplyRate: {
      value: onTimeReplyRate({ onTime: c.on_time_work_orders, due: c.due_work_orders }),
      onTime: c.on_time_work_orders,
      due: c.due_work_orders,
    },
    penaltyPoints: c.effective_points,
  };
}

/**
 * MET-1: every shop's numbers over (now − 30d, now] — or one shop's. One query with index range
 * scans per shop plus one for the open items; shops are few (see listShopMetrics).
 */
export async function computeShopMetrics(db: DbOrTx, now: Date, shopId?: string): Promise<ShopMetrics[]> {
  const window = windowEndingAt(now);
  const found = await rows<ShopRow>(
    db,
    sql`
    with ${onTimeRowsCte(shopId, instant(window.start), instant(window.end))}
    select s.id, s.name, s.business_mode, s.marketplace_style, s.time_zone, ${windowCountColumns}, pp.pending_points
    from shops s
    ${windowCountLaterals(sql`s.id`, instant(window.start), instant(window.end))}
    cross join lateral (
      select coalesce(sum(v.points), 0)::int as pending_points from violations v
      where v.shop_id = s.id and v.status in ('pending', 'appealed')
    ) pp
    ${shopId ? sql`where s.id = ${shopId}` : sql``}`,
  );
  const open = await openItemsByShop(db, now, shopId);
  return found.map((row) => {
    const rates = toRates(row, row.marketplace_style);
    const byTier = open.get(row.id) ?? emptyOpenItems();
    const overdue = byTier.overdue.work_order + byTier.overdue.dispute + byTier.overdue.cancel_order;
    return {
      shop: {
        id: row.id,
        name: row.name,
        businessMode: row.business_mode,
        marketplaceStyle: row.marketplace_style,
        timeZone: row.time_zone,
      },
      window,
      disputeRate: rates.disputeRate,
      disputeRefundRate: rates.disputeRefundRate,
      onTimeReplyRate: rates.onTimeReplyRate,
      openItems: { total: openItemsTotal(byTier), overdue, byTier },
      penaltyPoints: { effective: rates.penaltyPoints, pending: row.pending_points },
    };
  });
}
