/**
 * MET-1..2: shop metrics over a rolling 30 days — what each number means, as data and pure
 * formulas over counts. The services count rows; everything that decides what a number is lives
 * here, next to the text the dashboard shows beside it.
 *
 * Choices where the SPEC is silent (written down as the rule asks):
 * - Window: (end − 30 days, end]. Something exactly 30 days old has left the window; something
 *   that happens at `end` is inside. `end` is "now" for the cards.
 * - Trend: for each of the last 90 days D in the shop's time zone, the rolling value as of the end
 *   of D (the last millisecond before D+1 starts, or now for today), so a past day's window is the
 *   30 calendar days D−29..D. Today's point equals the cards.
 * - Dispute rate (纠纷率): disputes judged against the merchant (liable_party = merchant) in the
 *   window ÷ orders paid in the window. WO-TM-5: in Tmall-style shops a platform decision on a
 *   work order against the merchant counts as a judged dispute too (the "platform dispute rate").
 *   In every other style a work-order decision counts only through its refund (dispute refund rate).
 * - Dispute refund rate (纠纷退款率): refunds made by platform judgment ÷ all refunds, both made in
 *   the window. "Refunds" are ledger rows that give back money for goods (order refunds and dispute
 *   refunds); compensation is paid on top of the order and is neither. A refund is "by platform
 *   judgment" when it is a dispute refund written by a dispute judgment (in the same instant as
 *   the judgment), by a work-order decision or timeout consequence (the platform applying its rule),
 *   or by a judgment record. Counted by rows; amounts are shown beside the counts.
 * - On-time reply rate (工单按时回复率): work orders the merchant had to answer whose reply was
 *   settled in the window — replied (at replied_at) or not replied by the deadline (at due_at) —
 *   replied on time ÷ all of them. Work orders routed to the platform (FBP invoicing) don't count.
 * - Open items by urgency (待处理事项): now, not a 30-day number — open/promised work orders,
 *   disputes awaiting the merchant's plan, cancel orders awaiting review (pending, logistics
 *   pending), in the warning-queue tiers of deadlines.ts. An item without a deadline is "later".
 * - Penalty points (违约扣分): points of violation tickets that took effect in the window; tickets
 *   still pending or under appeal are shown beside it as "not yet effective" (VIO-2/3: overturned
 *   tickets carry none).
 * - A zero denominator is "no value" (shown as "—"), never 0% or NaN.
 */
import { urgencyOf, urgencyTiers, type UrgencyTier } from "./deadlines";
import type { LocalizedText } from "./errors";
import type { MarketplaceStyle } from "./shop";
import { DAY_MS, HOUR_MS } from "./time";

export const METRICS_WINDOW_DAYS = 30;
export const METRICS_WINDOW_MS = METRICS_WINDOW_DAYS * DAY_MS;
export const TREND_DAYS = 90;

export const metricKeys = [
  "dispute_rate",
  "dispute_refund_rate",
  "on_time_reply_rate",
  "open_items",
  "penalty_points",
] as const;
export type MetricKey = (typeof metricKeys)[number];

/** The rolling window ending at `end`: (start, end]. */
export interface MetricsWindow {
  start: Date;
  end: Date;
}

export function windowEndingAt(end: Date): MetricsWindow {
  return { start: new Date(end.getTime() - METRICS_WINDOW_MS), end };
}

export function inWindow(at: Date, w: MetricsWindow): boolean {
  return at.getTime() > w.start.getTime() && at.getTime() <= w.end.getTime();
}

/** numerator ÷ denominator, or null ("—") when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** WO-TM-5: which rate a platform decision on a work order against the merchant feeds. */
export function workOrderJudgmentsCountInDisputeRate(style: MarketplaceStyle): boolean {
  return style === "tmall";
}

export interface DisputeRateCounts {
  /** Disputes judged against the merchant in the window. */
  judgedDisputes: number;
  /** Work orders decided against the merchant in the window. */
  judgedWorkOrders: number;
  paidOrders: number;
}

export function disputeRateNumerator(c: DisputeRateCounts, style: MarketplaceStyle): number {
  return c.judgedDisputes + (workOrderJudgmentsCountInDisputeRate(style) ? c.judgedWorkOrders : 0);
}

export function disputeRate(c: DisputeRateCounts, style: MarketplaceStyle): number | null {
  return ratio(disputeRateNumerator(c, style), c.paidOrders);
}

export interface RefundRateCounts {
  judgedRefunds: number;
  refunds: number;
}

export function disputeRefundRate(c: RefundRateCounts): number | null {
  return ratio(c.judgedRefunds, c.refunds);
}

export interface OnTimeCounts {
  onTime: number;
  due: number;
}

export function onTimeReplyRate(c: OnTimeCounts): number | null {
  return ratio(c.onTime, c.due);
}

/**
 * The latest deadline of each tier, so a database can bucket deadlines the way urgencyOf does:
 * tier = the first tier whose bound the deadline does not exceed (`later` beyond the last).
 * metrics.test.ts holds these to urgencyOf at every bound.
 */
export const urgencyTierLimitsMs: Record<Exclude<UrgencyTier, "later">, number> = {
  overdue: 0,
  under_2h: 2 * HOUR_MS,
  under_6h: 6 * HOUR_MS,
  under_24h: 24 * HOUR_MS,
};

export function urgencyTierBounds(now: Date): { tier: Exclude<UrgencyTier, "later">; latestDue: Date }[] {
  return (Object.entries(urgencyTierLimitsMs) as [Exclude<UrgencyTier, "later">, number][]).map(([tier, ms]) => ({
    tier,
    latestDue: new Date(now.getTime() + ms),
  }));
}

/** The tier of an open item; one without a deadline waits with the latest. */
export function openItemTier(due: Date | null, now: Date): UrgencyTier {
  return due ? urgencyOf(due, now) : "later";
}

export const openItemKinds = ["work_order", "dispute", "cancel_order"] as const;
export type OpenItemKind = (typeof openItemKinds)[number];
export type OpenItemsByTier = Record<UrgencyTier, Record<OpenItemKind, number>>;

export function emptyOpenItems(): OpenItemsByTier {
  return Object.fromEntries(
    urgencyTiers.map((t) => [t, { work_order: 0, dispute: 0, cancel_order: 0 }]),
  ) as OpenItemsByTier;
}

export function openItemsTotal(items: OpenItemsByTier): number {
  return urgencyTiers.reduce((sum, t) => sum + items[t].work_order + items[t].dispute + items[t].cancel_order, 0);
}

/**
 * DSP-5 / WO-TM-5: what a judgment against the merchant on this case would do, all else equal.
 * A dispute (or, in Tmall-style shops, a work order) adds one judged dispute over the same paid
 * orders; elsewhere a work order's judgment is assumed to refund the consumer — one more refund,
 * and it is by platform judgment.
 */
export type JudgmentImpact = { metric: "dispute_rate" | "dispute_refund_rate"; from: number | null; to: number | null };

export function judgmentImpact(args: {
  kind: "dispute" | "work_order";
  style: MarketplaceStyle;
  dispute: DisputeRateCounts;
  refunds: RefundRateCounts;
}): JudgmentImpact {
  const { kind, style, dispute, refunds } = args;
  if (kind === "dispute" || workOrderJudgmentsCountInDisputeRate(style)) {
    const n = disputeRateNumerator(dispute, style);
    return { metric: "dispute_rate", from: ratio(n, dispute.paidOrders), to: ratio(n + 1, dispute.paidOrders) };
  }
  return {
    metric: "dispute_refund_rate",
    from: disputeRefundRate(refunds),
    to: ratio(refunds.judgedRefunds + 1, refunds.refunds + 1),
  };
}

/** Sorting the admin table: shops without a value ("—") go last in both directions. */
export function compareMetric(a: number | null, b: number | null, direction: "asc" | "desc"): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return direction === "asc" ? a - b : b - a;
}

/** The text shown next to each number (MET-1); the dispute rate's depends on the shop's style. */
export function metricDefinition(key: MetricKey, style: MarketplaceStyle): LocalizedText {
  switch (key) {
    case "dispute_rate":
      return workOrderJudgmentsCountInDisputeRate(style)
        ? {
            "zh-CN":
              "近 30 天经平台判定商家责任的纠纷单与平台介入工单数 ÷ 近 30 天支付订单数(天猫店铺:工单判责计入平台纠纷率)",
            en: "Disputes and platform-intervention work orders judged against the shop in the last 30 days ÷ orders paid in the last 30 days (Tmall-style: work-order judgments count in the platform dispute rate)",
          }
        : {
            "zh-CN": "近 30 天经平台判定商家责任的纠纷单数 ÷ 近 30 天支付订单数",
            en: "Disputes judged against the shop in the last 30 days ÷ orders paid in the last 30 days",
          };
    case "dispute_refund_rate":
      return {
        "zh-CN": "近 30 天因平台判责(纠纷判责、工单判责或超时处理)产生的退款笔数 ÷ 近 30 天全部退款笔数(不含赔付)",
        en: "Refunds made by platform judgment (dispute judgments, work-order decisions or timeouts) in the last 30 days ÷ all refunds in the last 30 days (compensation excluded)",
      };
    case "on_time_reply_rate":
      return {
        "zh-CN": "近 30 天已回复或已到期的商家工单中,在时限内回复的比例",
        en: "Of the shop's work orders replied to or past their deadline in the last 30 days, the share replied in time",
      };
    case "open_items":
      return {
        "zh-CN": "当前待商家处理的工单、纠纷单和取消订单,按剩余时限分级",
        en: "Work orders, disputes and cancel orders waiting for the shop now, by time left",
      };
    case "penalty_points":
      return {
        "zh-CN": "近 30 天生效的违约单扣分合计;待确认或申诉中的违约单单独列为待生效",
        en: "Points of violation tickets that took effect in the last 30 days; tickets awaiting confirmation or under appeal are shown as not yet effective",
      };
  }
}
