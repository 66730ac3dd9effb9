"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { knownViolationRules } from "@/server/domain/policies/violation-rules";
import { violationSourceTypes, violationStatuses } from "@/server/domain/violation";
import type { ViolationListItem } from "@/server/services/violations/list-violations";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import { ListState } from "../ui/list-state";
import { LoadMore } from "../ui/load-more";
import { useReasonText, useRuleLabel } from "./labels";
import { PointsText } from "./points-text";
import { SourceLink } from "./source-link";
import { ViolationStatusBadge } from "./status-badge";
import { filtersToSearch, parseViolationFilters, violationHref, violationsInput, violationsPaging, type ViolationFilters, type ViolationsSource } from "./violations-query";

const field = "rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";

/** Where a ticket stands in time: the live 7-day countdown while pending (VIO-2), else what happened when. */
export function TicketDeadline({ row, serverNow }: { row: Pick<ViolationListItem, "status" | "dueAt" | "effectiveAt" | "decidedAt" | "timeZone">; serverNow: Date }) {
  const t = useTranslations("violation.list");
  switch (row.status) {
    case "pending":
      return <Countdown due={row.dueAt} serverNow={serverNow} />;
    case "appealed":
      return <span className="text-xs text-blue-700">{t("paused")}</span>;
    case "effective":
      return <span className="text-xs text-gray-600 tabular-nums">{row.effectiveAt ? t("effectiveAt", { time: formatDateTime(row.effectiveAt, row.timeZone) }) : "—"}</span>;
    case "overturned":
      return <span className="text-xs text-gray-600 tabular-nums">{row.decidedAt ? t("overturnedAt", { time: formatDateTime(row.decidedAt, row.timeZone) }) : "—"}</span>;
  }
}

function AdminFilters({ filters, setFilters }: { filters: ViolationFilters; setFilters: (f: ViolationFilters) => void }) {
  const t = useTranslations("violation");
  const trpc = useTRPC();
  const shops = useQuery(trpc.admin.shops.queryOptions());
  const ruleLabel = useRuleLabel();
  return (
    <>
      <label className="flex flex-col text-xs text-gray-600">
        {t("filters.shop")}
        <select className={field} value={filters.shopId ?? ""} onChange={(e) => setFilters({ ...filters, shopId: e.target.value || undefined })}>
          <option value="">{t("filters.allShops")}</option>
          {(shops.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-gray-600">
        {t("filters.rule")}
        <select className={field} value={filters.rule ?? ""} onChange={(e) => setFilters({ ...filters, rule: e.target.value || undefined })}>
          <option value="">{t("filters.allRules")}</option>
          {knownViolationRules.map((r) => (
            <option key={r} value={r}>
              {ruleLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-gray-600">
        {t("filters.source")}
        <select className={field} value={filters.sourceType ?? ""} onChange={(e) => setFilters({ ...filters, sourceType: violationSourceTypes.find((s) => s === e.target.value) })}>
          <option value="">{t("filters.allSources")}</option>
          {violationSourceTypes.map((s) => (
            <option key={s} value={s}>
              {t(`sources.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** VIO-1/2: violation tickets with live 7-day countdowns; filters live in the URL; tables become cards on phones. */
export function ViolationsList({ source, serverNow }: { source: ViolationsSource; serverNow: Date }) {
  const t = useTranslations("violation");
  const trpc = useTRPC();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const ruleLabel = useRuleLabel();
  const reasonText = useReasonText();
  const filters = parseViolationFilters(params, source);
  const input = violationsInput(source, filters);
  const query = useInfiniteQuery(
    source === "merchant" ? trpc.violation.merchant.list.infiniteQueryOptions(input, violationsPaging) : trpc.violation.admin.list.infiniteQueryOptions(input, violationsPaging),
  );
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const admin = source === "admin";
  const setFilters = (next: ViolationFilters) => {
    const qs = filtersToSearch(next);
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs text-gray-600">
          {t("filters.status")}
          <select className={field} value={filters.status ?? ""} onChange={(e) => setFilters({ ...filters, status: violationStatuses.find((s) => s === e.target.value) })} data-testid="violation-status-filter">
            <option value="">{t("filters.allStatuses")}</option>
            {violationStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {admin ? <AdminFilters filters={filters} setFilters={setFilters} /> : null}
      </div>
      <ListState status={query.status} empty={rows.length === 0} emptyText={t("list.empty")} onRetry={() => void query.refetch()}>
        <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
          <table className="w-full text-sm">
            <thead className="bg-gray-50 text-left text-xs text-gray-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("list.rule")}</th>
                {admin ? <th className="px-3 py-2 font-medium">{t("list.shop")}</th> : null}
                <th className="px-3 py-2 text-right font-medium">{t("list.points")}</th>
                <th className="px-3 py-2 font-medium">{t("list.status")}</th>
                <th className="px-3 py-2 font-medium">{t("list.source")}</th>
                <th className="px-3 py-2 font-medium">{t("list.raisedAt")}</th>
                <th className="px-3 py-2 font-medium">{t("list.deadline")}</th>
                <th className="px-3 py-2 font-medium">{t("list.action")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((v) => (
                <tr key={v.id} className="hover:bg-gray-50" data-testid="violation-row" data-violation-id={v.id}>
                  <td className="px-3 py-2">
                    <div className="font-medium">{ruleLabel(v.rule)}</div>
                    <div className="line-clamp-1 max-w-xs text-xs text-gray-500" title={reasonText(v.reason)}>
                      {reasonText(v.reason)}
                    </div>
                  </td>
                  {admin ? <td className="px-3 py-2">{v.shopName}</td> : null}
                  <td className="px-3 py-2 text-right tabular-nums">
                    <PointsText points={v.points} status={v.status} />
                  </td>
                  <td className="px-3 py-2">
                    <ViolationStatusBadge status={v.status} />
                  </td>
                  <td className="px-3 py-2">
                    <SourceLink source={v.source} audience={source} compact />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums text-gray-600">{formatDateTime(v.raisedAt, v.timeZone)}</td>
                  <td className="px-3 py-2">
                    <TicketDeadline row={v} serverNow={serverNow} />
                  </td>
                  <td className="px-3 py-2">
                    <Link href={violationHref(source, v.id)} className="text-blue-700 hover:underline">
                      {!admin && v.status === "pending" ? t("list.handle") : t("list.view")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="flex flex-col gap-2 md:hidden">
          {rows.map((v) => (
            <li key={v.id} data-testid="violation-card" data-violation-id={v.id}>
              <Link href={violationHref(source, v.id)} className="block rounded-lg border border-gray-200 bg-white p-3 active:bg-gray-50">
                <div className="flex items-start justify-between gap-2">
                  <span className="text-sm font-medium">{ruleLabel(v.rule)}</span>
                  <ViolationStatusBadge status={v.status} />
                </div>
                <p className="mt-1 line-clamp-2 text-sm text-gray-700">{reasonText(v.reason)}</p>
                <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-gray-500">
                  <span className="text-sm text-gray-900">
                    <PointsText points={v.points} status={v.status} />
                  </span>
                  <TicketDeadline row={v} serverNow={serverNow} />
                </div>
                <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs text-gray-500">
                  <span>{admin ? `${v.shopName} · ` : ""}{t(`sources.${v.sourceType}`)}{v.source?.orderNo ? ` · ${v.source.orderNo}` : ""}</span>
                  <span className="tabular-nums">{formatDateTime(v.raisedAt, v.timeZone)}</span>
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
