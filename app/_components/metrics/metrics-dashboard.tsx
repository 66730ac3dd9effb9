import { useTranslations } from "next-intl";
import { formatDateTime } from "@/app/_components/format";
import { Card } from "@/app/_components/ui/card";
import type { TrendPoint } from "@/server/services/metrics/shop-dashboard";
import type { ShopMetrics } from "@/server/services/metrics/shop-metrics";
import { disputeRateLabelKey, MetricCards } from "./metric-cards";
import { OpenItemsCard } from "./open-items-card";
import { TrendChart } from "./trend-chart";

/** MET-1..2: one shop's numbers with their definitions, open items and 90-day trends. */
export function MetricsDashboard({
  metrics,
  trends,
}: {
  metrics: ShopMetrics;
  trends: { timeZone: string; points: TrendPoint[] };
}) {
  const t = useTranslations("metrics");
  const tz = metrics.shop.timeZone;
  const series = (pick: (p: TrendPoint) => number | null) => trends.points.map((p) => ({ day: p.day, value: pick(p) }));
  const empty = t("trendEmpty");
  return (
    <div className="flex flex-col gap-4" data-testid="metrics-dashboard">
      <p className="text-xs text-gray-500">
        {t("window", { from: formatDateTime(metrics.window.start, tz), to: formatDateTime(metrics.window.end, tz) })}
      </p>
      <MetricCards metrics={metrics} />
      <OpenItemsCard metrics={metrics} />
      <Card title={t("trendsTitle")}>
        <p className="mb-3 text-xs text-gray-500">{t("trendsHint", { timeZone: trends.timeZone })}</p>
        <div className="grid gap-6 md:grid-cols-2">
          <TrendChart
            testId="trend-dispute_rate"
            title={t(`labels.${disputeRateLabelKey(metrics)}`)}
            points={series((p) => p.disputeRate)}
            kind="rate"
            color="red"
            emptyText={empty}
          />
          <TrendChart
            testId="trend-dispute_refund_rate"
            title={t("labels.dispute_refund_rate")}
            points={series((p) => p.disputeRefundRate)}
            kind="rate"
            color="amber"
            emptyText={empty}
          />
          <TrendChart
            testId="trend-on_time_reply_rate"
            title={t("labels.on_time_reply_rate")}
            points={series((p) => p.onTimeReplyRate)}
            kind="rate"
            color="green"
            emptyText={empty}
          />
          <TrendChart
            testId="trend-penalty_points"
            title={t("labels.penalty_points")}
            points={series((p) => p.penaltyPoints)}
            kind="count"
            color="purple"
            emptyText={empty}
          />
        </div>
      </Card>
    </div>
  );
}
