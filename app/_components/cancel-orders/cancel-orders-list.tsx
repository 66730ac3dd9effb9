"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { cancelOrderStatuses, cancelOrigins, consumerCancelReasons, disputeCancelReasons, type CancelOrderStatus } from "@/server/domain/cancel-order";
import { Countdown } from "../countdown";
import { formatDateTime, formatFen } from "../format";
import { Button } from "../ui/button";
import { ListState } from "../ui/list-state";
import { LoadMore } from "../ui/load-more";
import { CancelReasonLabel, CancelStatusBadge, InterceptionBadge } from "./cancel-status-badge";
import { cancelOrderFiltersQuery, cancelOrdersInput, cancelOrdersPaging, parseCancelOrderFilters, type CancelOrderFilters } from "./cancel-orders-query";
import type { CancelOrderRow } from "./types";

const field = "rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";
/** Statuses the merchant can still act on (approve / reject / force the refund). */
const actionable = new Set<CancelOrderStatus>(["pending", "logistics_pending", "intercepting", "interception_failed"]);

/**
 * DSP-CXL-6: the merchant's cancel-order module — every cancel order with its review status and
 * reason, filtered by status (chips with counts), reason (the dispute-plan reasons grouped, so
 * those are easy to find), origin and order number; keyset "load more"; cards on phones.
 */
export function CancelOrdersList({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("cancelOrder");
  const to = useTranslations("order");
  const trpc = useTRPC();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = parseCancelOrderFilters(params);
  const [orderNo, setOrderNo] = useState(filters.orderNo ?? "");
  const query = useInfiniteQuery(trpc.cancelOrder.merchant.list.infiniteQueryOptions(cancelOrdersInput(filters), cancelOrdersPaging));
  const counts = useQuery(trpc.cancelOrder.merchant.counts.queryOptions());
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];

  const setFilters = (next: CancelOrderFilters) => {
    const qs = cancelOrderFiltersQuery(next);
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  const href = (row: CancelOrderRow) => `/merchant/cancel-orders/${row.id}`;
  /** The 48h window's live countdown, else the interception's state, else a dash (tables) or nothing (cards). */
  const deadline = (row: CancelOrderRow, dash = true) =>
    row.status === "logistics_pending" && row.dueAt ? (
      <Countdown due={row.dueAt} serverNow={serverNow} />
    ) : row.interceptionStatus ? (
      <InterceptionBadge status={row.interceptionStatus} />
    ) : dash ? (
      <span className="text-xs text-gray-400">—</span>
    ) : null;

  const chip = (value: CancelOrderFilters["status"], label: string, count: number | undefined) => {
    const active = filters.status === value;
    return (
      <button
        key={value ?? "all"}
        type="button"
        aria-pressed={active}
        onClick={() => setFilters({ ...filters, status: value })}
        className={`rounded-full px-3 py-1 text-sm whitespace-nowrap ring-1 ring-inset ${active ? "bg-brand-500 text-white ring-brand-500" : "bg-white text-gray-700 ring-gray-300 hover:bg-gray-50"}`}
      >
        {label}
        {count !== undefined ? <span className={`ml-1 tabular-nums ${active ? "text-white/80" : "text-gray-400"}`}>{count}</span> : null}
      </button>
    );
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1" role="group" aria-label={t("filters.status")}>
        {chip(undefined, t("filters.all"), undefined)}
        {cancelOrderStatuses.map((s) => chip(s, t(`statuses.${s}`), counts.data?.byStatus[s]))}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs text-gray-600">
          {t("filters.reason")}
          <select className={field} value={filters.reason ?? ""} onChange={(e) => setFilters({ ...filters, reason: [...consumerCancelReasons, ...disputeCancelReasons].find((r) => r === e.target.value) })}>
            <option value="">{t("filters.allReasons")}</option>
            <optgroup label={t("filters.disputeReasons")}>
              {disputeCancelReasons.map((r) => (
                <option key={r} value={r}>
                  {t(`reasons.${r}`)}
                  {counts.data ? ` (${counts.data.byReason[r]})` : ""}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("filters.consumerReasons")}>
              {consumerCancelReasons.map((r) => (
                <option key={r} value={r}>
                  {t(`reasons.${r}`)}
                  {counts.data ? ` (${counts.data.byReason[r]})` : ""}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="flex flex-col text-xs text-gray-600">
          {t("filters.origin")}
          <select className={field} value={filters.origin ?? ""} onChange={(e) => setFilters({ ...filters, origin: cancelOrigins.find((o) => o === e.target.value) })}>
            <option value="">{t("filters.allOrigins")}</option>
            {cancelOrigins.map((o) => (
              <option key={o} value={o}>
                {t(`origins.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            setFilters({ ...filters, orderNo: orderNo.trim() || undefined });
          }}
        >
          <label className="flex flex-col text-xs text-gray-600">
            {t("filters.orderNo")}
            <input className={`${field} w-44 font-mono`} value={orderNo} maxLength={40} placeholder={t("filters.orderNoPlaceholder")} onChange={(e) => setOrderNo(e.target.value)} />
          </label>
          <Button type="submit" variant="secondary">
            {t("filters.search")}
          </Button>
        </form>
        {filters.status || filters.reason || filters.origin || filters.orderNo ? (
          <Button
            variant="ghost"
            onClick={() => {
              setOrderNo("");
              setFilters({});
            }}
          >
            {t("filters.reset")}
          </Button>
        ) : null}
      </div>
      <ListState status={query.status} empty={rows.length === 0} emptyText={t("list.empty")} onRetry={() => void query.refetch()}>
        <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
          <table className="w-full text-sm">
            <thead className="bg-gray-50 text-left text-xs text-gray-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("list.orderNo")}</th>
                <th className="px-3 py-2 font-medium">{t("list.status")}</th>
                <th className="px-3 py-2 font-medium">{t("list.reason")}</th>
                <th className="px-3 py-2 font-medium">{t("list.consumer")}</th>
                <th className="px-3 py-2 font-medium">{t("list.delivery")}</th>
                <th className="px-3 py-2 text-right font-medium">{t("list.amount")}</th>
                <th className="px-3 py-2 font-medium">{t("list.requestedAt")}</th>
                <th className="px-3 py-2 font-medium">{t("list.deadline")}</th>
                <th className="px-3 py-2 font-medium">{t("list.action")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((row) => (
                <tr key={row.id} className="hover:bg-gray-50" data-testid="cancel-order-row">
                  <td className="px-3 py-2 font-mono">{row.orderNo}</td>
                  <td className="px-3 py-2">
                    <CancelStatusBadge status={row.status} />
                  </td>
                  <td className="px-3 py-2">
                    <CancelReasonLabel reason={row.reason} />
                    <span className="block text-xs text-gray-400">{t(`origins.${row.origin}`)}</span>
                  </td>
                  <td className="px-3 py-2">{row.consumerName}</td>
                  <td className="px-3 py-2">{to(`deliveryTypes.${row.deliveryType}`)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {formatFen(row.amountFen)}
                    {row.refundedFen > 0 ? <span className="block text-xs text-green-700">{t("list.refunded")} {formatFen(row.refundedFen)}</span> : null}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-gray-600 tabular-nums">{formatDateTime(row.requestedAt, row.timeZone)}</td>
                  <td className="px-3 py-2">{deadline(row)}</td>
                  <td className="px-3 py-2">
                    <Link href={href(row)} className="text-blue-700 hover:underline">
                      {actionable.has(row.status) ? t("list.handle") : t("list.view")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="flex flex-col gap-2 md:hidden">
          {rows.map((row) => (
            <li key={row.id}>
              <Link href={href(row)} className="block rounded-lg border border-gray-200 bg-white p-3 active:bg-gray-50" data-testid="cancel-order-card">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-mono text-sm">{row.orderNo}</span>
                  <CancelStatusBadge status={row.status} />
                </div>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <CancelReasonLabel reason={row.reason} />
                  <span className="text-xs text-gray-500">{to(`deliveryTypes.${row.deliveryType}`)}</span>
                </div>
                <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-gray-500">
                  <span>
                    {row.consumerName} · {formatDateTime(row.requestedAt, row.timeZone)}
                  </span>
                  {deadline(row, false)}
                </div>
                <div className="mt-1 flex items-center justify-between text-xs text-gray-500">
                  <span>{row.refundedFen > 0 ? `${t("list.refunded")} ${formatFen(row.refundedFen)}` : ""}</span>
                  <span className="text-sm font-medium text-gray-900 tabular-nums">{formatFen(row.amountFen)}</span>
                </div>
              </Link>
            </li>
          ))}
        </ul>
        <LoadMore query={query} />
      </ListState>
    </div>
  );
}
