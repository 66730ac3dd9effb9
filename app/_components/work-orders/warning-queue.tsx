"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { urgencyTiers } from "@/server/domain/deadlines";
import { workOrderTypes } from "@/server/domain/work-order";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import { Button } from "../ui/button";
import { ListState } from "../ui/list-state";
import { parseQueueFilters, queueExportHref, queueInput, queuePaging, statusesOf, type QueueFilters } from "./queue-query";
import { urgencyChipClass, WorkOrderStatusBadge } from "./work-order-badges";
import { LoadMore } from "../ui/load-more";

export type QueueAudience = "merchant" | "admin";

function useQueueFilters(): [QueueFilters, (next: QueueFilters) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const set = (next: QueueFilters) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value && !(key === "view" && value === "active")) query.set(key, value);
    const qs = query.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  return [parseQueueFilters(params), set];
}

/** INV-9: the warning queue (工单预警) — urgency chips, filters, rows by deadline, keyset "load more". */
export function WarningQueue({ audience }: { audience: QueueAudience }) {
  const t = useTranslations("workOrder");
  const trpc = useTRPC();
  const [filters, setFilters] = useQueueFilters();
  const input = queueInput(filters);
  const options =
    audience === "merchant" ? trpc.workOrder.merchant.queue.infiniteQueryOptions(input, queuePaging) : trpc.workOrder.admin.queue.infiniteQueryOptions(input, queuePaging);
  const query = useInfiniteQuery(options);
  const pages = query.data?.pages ?? [];
  const rows = pages.flatMap((p) => p.items);
  const counts = pages[0]?.counts ?? null;
  const serverNow = pages[0]?.now ?? null;
  const active = filters.view === "active";
  const hrefOf = (id: string) => `/${audience}/work-orders/${id}`;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex gap-1 border-b border-gray-200" role="tablist">
        {(["active", "closed"] as const).map((view) => (
          <button
            key={view}
            role="tab"
            aria-selected={filters.view === view}
            onClick={() => setFilters({ view, type: filters.type })}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${filters.view === view ? "border-brand-500 text-brand-600" : "border-transparent text-gray-500 hover:text-gray-800"}`}
          >
            {t(`views.${view}`)}
          </button>
        ))}
      </div>

      {active ? (
        <div className="flex flex-wrap gap-2" aria-label={t("columns.countdown")}>
          <button
            onClick={() => setFilters({ ...filters, urgency: undefined })}
            aria-pressed={!filters.urgency}
            className={`rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset ${!filters.urgency ? "bg-brand-500 text-white ring-brand-500" : "bg-white text-gray-700 ring-gray-300"}`}
          >
            {t("filters.allTiers")}
            {counts ? ` ${Object.values(counts).reduce((a, b) => a + b, 0)}` : ""}
          </button>
          {urgencyTiers.map((tier) => {
            const on = filters.urgency === tier;
            return (
              <button
                key={tier}
                onClick={() => setFilters({ ...filters, urgency: on ? undefined : tier })}
                aria-pressed={on}
                data-urgency={tier}
                className={`rounded-full px-3 py-1 text-xs font-medium tabular-nums ring-1 ring-inset ${on ? urgencyChipClass[tier].on : urgencyChipClass[tier].off}`}
              >
                {t(`urgency.${tier}`)} {counts ? counts[tier] : "–"}
              </button>
            );
          })}
        </div>
      ) : null}

      <QueueFiltersBar key={JSON.stringify(filters)} value={filters} onChange={setFilters} />

      <ListState status={query.status} empty={rows.length === 0} emptyText={active ? t("emptyActive") : t("emptyClosed")} onRetry={() => void query.refetch()}>
        <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
          <table className="w-full text-sm">
            <thead className="bg-gray-50 text-left text-xs text-gray-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("columns.type")}</th>
                <th className="px-3 py-2 font-medium">{t("columns.orderNo")}</th>
                <th className="px-3 py-2 font-medium">{audience === "admin" ? t("columns.shop") : t("columns.consumer")}</th>
                <th className="px-3 py-2 font-medium">{t("columns.openedAt")}</th>
                <th className="px-3 py-2 font-medium">{active ? t("columns.dueAt") : t("columns.closedAt")}</th>
                <th className="px-3 py-2 font-medium">{active ? t("columns.countdown") : t("columns.status")}</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-gray-50" data-urgency={r.urgency ?? undefined}>
                  <td className="px-3 py-2">
                    <span className="mr-2">{t(`types.${r.type}`)}</span>
                    {active ? <WorkOrderStatusBadge status={r.status} /> : null}
                  </td>
                  <td className="px-3 py-2 font-mono">{r.orderNo}</td>
                  <td className="px-3 py-2">{audience === "admin" ? r.shopName : r.consumerName}</td>
                  <td className="px-3 py-2 whitespace-nowrap text-gray-600 tabular-nums">{formatDateTime(r.openedAt, r.timeZone)}</td>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                    {active ? (r.dueAt ? formatDateTime(r.dueAt, r.timeZone) : "—") : r.closedAt ? formatDateTime(r.closedAt, r.timeZone) : "—"}
                  </td>
                  <td className="px-3 py-2">
                    {active && r.dueAt && serverNow ? <Countdown due={r.dueAt} serverNow={serverNow} /> : <WorkOrderStatusBadge status={r.status} />}
                  </td>
                  <td className="px-3 py-2 text-right">
                    <Link href={hrefOf(r.id)} className="text-blue-700 hover:underline">
                      {active ? t("handle") : t("view")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="flex flex-col gap-2 md:hidden">
          {rows.map((r) => (
            <li key={r.id}>
              <Link href={hrefOf(r.id)} className="block rounded-lg border border-gray-200 bg-white p-3 active:bg-gray-50">
                <div className="flex items-center justify-between gap-2">
                  <span className="text-sm font-medium">{t(`types.${r.type}`)}</span>
                  {active && r.dueAt && serverNow ? <Countdown due={r.dueAt} serverNow={serverNow} /> : <WorkOrderStatusBadge status={r.status} />}
                </div>
                <p className="mt-1 font-mono text-xs text-gray-500">{r.orderNo}</p>
                <div className="mt-1 flex items-center justify-between gap-2 text-xs text-gray-500">
                  <span>{audience === "admin" ? r.shopName : r.consumerName}</span>
                  <span className="tabular-nums">
                    {active && r.dueAt ? formatDateTime(r.dueAt, r.timeZone) : r.closedAt ? formatDateTime(r.closedAt, r.timeZone) : ""}
                  </span>
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

function QueueFiltersBar({ value, onChange }: { value: QueueFilters; onChange: (next: QueueFilters) => void }) {
  const t = useTranslations("workOrder");
  const [orderNo, setOrderNo] = useState(value.orderNo ?? "");
  const [consumer, setConsumer] = useState(value.consumer ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, orderNo: orderNo.trim() || undefined, consumer: consumer.trim() || undefined });
  };
  const select = "rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-2">
      <select aria-label={t("columns.type")} className={select} value={value.type ?? ""} onChange={(e) => onChange({ ...value, type: workOrderTypes.find((x) => x === e.target.value) })}>
        <option value="">{t("filters.allTypes")}</option>
        {workOrderTypes.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t("columns.status")}
        className={select}
        value={value.status ?? ""}
        onChange={(e) => onChange({ ...value, status: statusesOf[value.view].find((x) => x === e.target.value) })}
      >
        <option value="">{t("filters.allStatuses")}</option>
        {statusesOf[value.view].map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </select>
      <input
        value={orderNo}
        onChange={(e) => setOrderNo(e.target.value)}
        placeholder={t("filters.orderNo")}
        aria-label={t("filters.orderNo")}
        maxLength={40}
        className="w-44 rounded-md border border-gray-300 px-2 py-1.5 text-sm"
      />
      <input
        value={consumer}
        onChange={(e) => setConsumer(e.target.value)}
        placeholder={t("filters.consumer")}
        aria-label={t("filters.consumer")}
        maxLength={40}
        className="w-36 rounded-md border border-gray-300 px-2 py-1.5 text-sm"
      />
      <Button type="submit" variant="secondary">
        {t("filters.search")}
      </Button>
      {value.type || value.status || value.orderNo || value.consumer || value.urgency ? (
        <Button variant="ghost" onClick={() => onChange({ view: value.view })}>
          {t("filters.reset")}
        </Button>
      ) : null}
      {/* A plain link: the browser downloads the CSV of exactly this filtered view. */}
      <a
        href={queueExportHref(value)}
        download
        className="ml-auto rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 hover:bg-gray-50"
      >
        {t("filters.exportCsv")}
      </a>
    </form>
  );
}
