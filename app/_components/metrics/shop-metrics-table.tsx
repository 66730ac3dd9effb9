import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { localized } from "@/app/_components/disputes/localized";
import { Badge } from "@/app/_components/ui/badge";
import { metricDefinition, type MetricKey } from "@/server/domain/metrics";
import type { ShopMetricsSortKey } from "@/server/services/metrics/list-shop-metrics";
import type { ShopMetrics } from "@/server/services/metrics/shop-metrics";
import { formatRate } from "./format";

export interface TableSort {
  sort: ShopMetricsSortKey;
  direction: "asc" | "desc";
}

const columns: { key: Exclude<ShopMetricsSortKey, "name">; metric: MetricKey }[] = [
  { key: "dispute_rate", metric: "dispute_rate" },
  { key: "dispute_refund_rate", metric: "dispute_refund_rate" },
  { key: "on_time_reply_rate", metric: "on_time_reply_rate" },
  { key: "open_items", metric: "open_items" },
  { key: "penalty_points", metric: "penalty_points" },
];

/** A link to the table sorted by `key`: the same key flips direction, a new one starts high-first. */
export function sortHref(current: TableSort, key: ShopMetricsSortKey): string {
  const direction = current.sort === key ? (current.direction === "desc" ? "asc" : "desc") : key === "name" ? "asc" : "desc";
  return `/admin/shops?sort=${key}&dir=${direction}`;
}

function SortLink({ current, sortKey, children }: { current: TableSort; sortKey: ShopMetricsSortKey; children: ReactNode }) {
  const active = current.sort === sortKey;
  const Icon = !active ? ArrowUpDown : current.direction === "asc" ? ArrowUp : ArrowDown;
  return (
    <Link href={sortHref(current, sortKey)} data-testid={`sort-${sortKey}`} aria-current={active ? "true" : undefined} className={`inline-flex items-center gap-1 hover:text-gray-900 ${active ? "font-semibold text-gray-900" : ""}`}>
      {children}
      <Icon className="size-3" aria-hidden />
    </Link>
  );
}

function Cell({ label, testId, children, className = "" }: { label: string; testId: MetricKey; children: ReactNode; className?: string }) {
  return (
    <td data-testid={`cell-${testId}`} className={`flex items-baseline justify-between gap-3 py-1 sm:table-cell sm:px-3 sm:py-2 sm:text-right ${className}`}>
      <span className="text-xs text-gray-500 sm:hidden">{label}</span>
      <span className="flex flex-col items-end tabular-nums">{children}</span>
    </td>
  );
}

/**
 * MET-2: every shop's numbers, sortable by each (links, so sorting works without JS and can be
 * shared). One DOM for both widths: a table from `sm:` up, a stack of cards below it.
 */
export function ShopMetricsTable({ rows, current }: { rows: ShopMetrics[]; current: TableSort }) {
  const t = useTranslations();
  const tm = useTranslations("metrics");
  const locale = useLocale();
  const label = (key: MetricKey) => tm(`labels.${key}`);
  return (
    <div className="flex flex-col gap-3">
      <nav className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-gray-600 sm:hidden" aria-label={tm("table.sortBy")}>
        <span>{tm("table.sortBy")}:</span>
        <SortLink current={current} sortKey="name">{tm("table.shop")}</SortLink>
        {columns.map((c) => (
          <SortLink key={c.key} current={current} sortKey={c.key}>
            {label(c.metric)}
          </SortLink>
        ))}
      </nav>
      <table className="block w-full text-sm sm:table sm:rounded-lg sm:border sm:border-gray-200 sm:bg-white" data-testid="shop-metrics-table">
        <thead className="hidden bg-gray-50 text-xs text-gray-500 sm:table-header-group">
          <tr>
            <th className="px-3 py-2 text-left font-medium">
              <SortLink current={current} sortKey="name">{tm("table.shop")}</SortLink>
            </th>
            {columns.map((c) => (
              <th key={c.key} className="px-3 py-2 text-right font-medium" title={localized(metricDefinition(c.metric, "jd"), locale)}>
                <SortLink current={current} sortKey={c.key}>{label(c.metric)}</SortLink>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="flex flex-col gap-2 sm:table-row-group sm:divide-y sm:divide-gray-100">
          {rows.map((m) => (
            <tr key={m.shop.id} data-testid="shop-metrics-row" className="grid grid-cols-2 gap-x-4 rounded-lg border border-gray-200 bg-white p-3 sm:table-row sm:rounded-none sm:border-0 sm:p-0 sm:hover:bg-gray-50">
              <td className="col-span-2 pb-2 sm:px-3 sm:py-2">
                <Link href={`/admin/shops/${m.shop.id}`} className="font-medium text-blue-700 hover:underline">
                  {m.shop.name}
                </Link>
                <span className="mt-1 flex flex-wrap gap-1">
                  <Badge tone={m.shop.businessMode === "FBP" ? "purple" : "blue"}>{t(`shop.modes.${m.shop.businessMode}`)}</Badge>
                  <Badge>{t(`shop.styles.${m.shop.marketplaceStyle}`)}</Badge>
                </span>
              </td>
              <Cell testId="dispute_rate" label={m.disputeRate.workOrdersCounted ? tm("labels.dispute_rate_tmall") : label("dispute_rate")}>
                <span className="font-medium">{formatRate(m.disputeRate.value)}</span>
                <span className="text-xs text-gray-500">
                  {m.disputeRate.judgedDisputes + (m.disputeRate.workOrdersCounted ? m.disputeRate.judgedWorkOrders : 0)}/{m.disputeRate.paidOrders}
                </span>
              </Cell>
              <Cell testId="dispute_refund_rate" label={label("dispute_refund_rate")}>
                <span className="font-medium">{formatRate(m.disputeRefundRate.value)}</span>
                <span className="text-xs text-gray-500">
                  {m.disputeRefundRate.judgedRefunds}/{m.disputeRefundRate.refunds}
                </span>
              </Cell>
              <Cell testId="on_time_reply_rate" label={label("on_time_reply_rate")}>
                <span className="font-medium">{formatRate(m.onTimeReplyRate.value)}</span>
                <span className="text-xs text-gray-500">
                  {m.onTimeReplyRate.onTime}/{m.onTimeReplyRate.due}
                </span>
              </Cell>
              <Cell testId="open_items" label={label("open_items")}>
                <span className="font-medium">{m.openItems.total}</span>
                {m.openItems.overdue > 0 ? <span className="text-xs text-red-600">{tm("counts.openOverdue", { count: m.openItems.overdue })}</span> : null}
              </Cell>
              <Cell testId="penalty_points" label={label("penalty_points")}>
                <span className={`font-medium ${m.penaltyPoints.effective > 0 ? "text-red-600" : ""}`}>{m.penaltyPoints.effective}</span>
                {m.penaltyPoints.pending > 0 ? <span className="text-xs text-amber-700">{tm("counts.penaltyPending", { points: m.penaltyPoints.pending })}</span> : null}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="rounded-lg border border-gray-200 bg-white p-3 text-xs text-gray-600">
        <summary className="cursor-pointer font-medium text-gray-700">{tm("table.definitions")}</summary>
        <dl className="mt-2 grid gap-2">
          {columns.map((c) => (
            <div key={c.key}>
              <dt className="font-medium text-gray-700">{label(c.metric)}</dt>
              <dd>{localized(metricDefinition(c.metric, "jd"), locale)}</dd>
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
