"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, type ReactNode } from "react";
import { localized } from "@/app/_components/disputes/localized";
import { Badge } from "@/app/_components/ui/badge";
import { metricDefinition, type MetricKey } from "@/server/domain/metrics";
import type { ShopMetrics } from "@/server/services/metrics/shop-metrics";
import type { DataColumn } from "../ui/data-table/columns";
import { DataTable } from "../ui/data-table/data-table";
import { formatRate } from "./format";
import { shopSortHref, shopSortKeys, type ShopSort } from "./shop-metrics-sort";

/** Each metric's numbers: the value, and what it is made of. */
const metricCells: Record<MetricKey, (m: ShopMetrics, tm: ReturnType<typeof useTranslations<"metrics">>) => ReactNode> =
  {
    dispute_rate: (m) => (
      <>
        <span className="font-medium">{formatRate(m.disputeRate.value)}</span>
        <span className="text-xs text-gray-500">
          {m.disputeRate.judgedDisputes + (m.disputeRate.workOrdersCounted ? m.disputeRate.judgedWorkOrders : 0)}/
          {m.disputeRate.paidOrders}
        </span>
      </>
    ),
    dispute_refund_rate: (m) => (
      <>
        <span className="font-medium">{formatRate(m.disputeRefundRate.value)}</span>
        <span className="text-xs text-gray-500">
          {m.disputeRefundRate.judgedRefunds}/{m.disputeRefundRate.refunds}
        </span>
      </>
    ),
    on_time_reply_rate: (m) => (
      <>
        <span className="font-medium">{formatRate(m.onTimeReplyRate.value)}</span>
        <span className="text-xs text-gray-500">
          {m.onTimeReplyRate.onTime}/{m.onTimeReplyRate.due}
        </span>
      </>
    ),
    open_items: (m, tm) => (
      <>
        <span className="font-medium">{m.openItems.total}</span>
        {m.openItems.overdue > 0 ? (
          <span className="text-xs text-red-600">{tm("counts.openOverdue", { count: m.openItems.overdue })}</span>
        ) : null}
      </>
    ),
    penalty_points: (m, tm) => (
      <>
        <span className={`font-medium ${m.penaltyPoints.effective > 0 ? "text-red-600" : ""}`}>
          {m.penaltyPoints.effective}
        </span>
        {m.penaltyPoints.pending > 0 ? (
          <span className="text-xs text-amber-700">
            {tm("counts.penaltyPending", { points: m.penaltyPoints.pending })}
          </span>
        ) : null}
      </>
    ),
  };

const metricOrder: MetricKey[] = [
  "dispute_rate",
  "dispute_refund_rate",
  "on_time_reply_rate",
  "open_items",
  "penalty_points",
];

function useShopColumns(): DataColumn<ShopMetrics>[] {
  const t = useTranslations();
  const tm = useTranslations("metrics");
  const locale = useLocale();
  return useMemo(
    () => [
      {
        id: "name",
        header: tm("table.shop"),
        sort: { descFirst: false },
        cell: (m) => (
          <>
            <Link href={`/admin/shops/${m.shop.id}`} className="font-medium text-blue-700 hover:underline">
              {m.shop.name}
            </Link>
            <span className="mt-1 flex flex-wrap gap-1">
              <Badge tone={m.shop.businessMode === "FBP" ? "purple" : "blue"}>
                {t(`shop.modes.${m.shop.businessMode}`)}
              </Badge>
              <Badge>{t(`shop.styles.${m.shop.marketplaceStyle}`)}</Badge>
            </span>
          </>
        ),
        card: "title",
      },
      ...metricOrder.map((metric): DataColumn<ShopMetrics> => ({
        id: metric,
        header: tm(`labels.${metric}`),
        headerTitle: localized(metricDefinition(metric, "jd"), locale),
        sort: { descFirst: true },
        align: "end",
        testId: `cell-${metric}`,
        cell: (m) => <span className="flex flex-col items-end tabular-nums">{metricCells[metric](m, tm)}</span>,
        card: "field",
      })),
    ],
    [t, tm, locale],
  );
}

/**
 * MET-2: every shop's numbers, sorted on the server by any of them (the same column flips the
 * direction, another starts high-first, the name A–Z); a table from `md` up, cards below.
 */
export function ShopMetricsTable({
  rows,
  sort,
  dir,
  emptyText,
}: {
  rows: ShopMetrics[];
  sort: ShopSort["sort"];
  dir: ShopSort["dir"];
  emptyText: string;
}) {
  const tm = useTranslations("metrics");
  const locale = useLocale();
  const router = useRouter();
  const columns = useShopColumns();
  return (
    <div className="flex flex-col gap-3" data-testid="shop-metrics-table">
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(m) => m.shop.id}
        emptyText={emptyText}
        sorting={{
          value: [{ id: sort, desc: dir === "desc" }],
          onChange: ([next]) => {
            const key = shopSortKeys.find((k) => k === next?.id);
            if (key)
              router.push(shopSortHref("/admin/shops", { sort: key, dir: next?.desc ? "desc" : "asc", page: null }), {
                scroll: false,
              });
          },
        }}
        rowAttributes={(_m, place) => ({ "data-testid": place === "table" ? "shop-metrics-row" : "shop-metrics-card" })}
      />
      <details className="rounded-lg border border-gray-200 bg-white p-3 text-xs text-gray-600">
        <summary className="cursor-pointer font-medium text-gray-700">{tm("table.definitions")}</summary>
        <dl className="mt-2 grid gap-2">
          {metricOrder.map((metric) => (
            <div key={metric}>
              <dt className="font-medium text-gray-700">{tm(`labels.${metric}`)}</dt>
              <dd>{localized(metricDefinition(metric, "jd"), locale)}</dd>
            </div>
          ))}
          <div>
            <dt className="font-medium text-gray-700">{tm("labels.dispute_rate_tmall")}</dt>
            <dd>{localized(metricDefinition("dispute_rate", "tmall"), locale)}</dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
