"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { disputeScenarios, disputeStatuses } from "@/server/domain/dispute";
import { Countdown } from "../countdown";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import { ListState } from "../ui/list-state";
import { DisputeStatusBadge } from "./dispute-status-badge";
import { disputeHref, disputesInput, disputesPaging, parseDisputeFilters, type DisputeFilters, type DisputesSource } from "./disputes-query";
import { WaitingTime } from "./waiting-time";
import { LoadMore } from "../ui/load-more";

const field = "rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";

function useDisputesQuery(source: DisputesSource, filters: DisputeFilters) {
  const trpc = useTRPC();
  switch (source) {
    case "consumer":
      return trpc.dispute.consumer.list.infiniteQueryOptions(disputesInput(source, filters), disputesPaging);
    case "merchant":
      return trpc.dispute.merchant.list.infiniteQueryOptions(disputesInput(source, filters), disputesPaging);
    case "admin":
      return trpc.dispute.admin.list.infiniteQueryOptions(disputesInput(source, filters), disputesPaging);
    case "queue":
      return trpc.dispute.admin.judgmentQueue.infiniteQueryOptions(disputesInput(source, filters), disputesPaging);
  }
}

/** A list of disputes for one audience, filters kept in the URL, live deadlines (or waiting time for the queue). */
export function DisputesList({ source, serverNow }: { source: DisputesSource; serverNow: Date }) {
  const t = useTranslations("dispute");
  const tc = useTranslations("common");
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = parseDisputeFilters(params);
  const query = useInfiniteQuery(useDisputesQuery(source, filters));
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const queue = source === "queue";
  const showShop = source !== "merchant";

  const setFilters = (next: DisputeFilters) => {
    const qs = new URLSearchParams();
    if (next.status) qs.set("status", next.status);
    if (next.scenario) qs.set("scenario", next.scenario);
    const s = qs.toString();
    router.replace(s ? `${pathname}?${s}` : pathname, { scroll: false });
  };

  const deadline = (row: (typeof rows)[number]) =>
    queue || row.status === "platform_judging" ? (
      row.judgingSince ? (
        <span className="text-xs text-gray-600">
          {t("list.waiting")} <WaitingTime since={row.judgingSince} serverNow={serverNow} />
        </span>
      ) : null
    ) : row.dueAt ? (
      <Countdown due={row.dueAt} serverNow={serverNow} />
    ) : (
      <span className="text-xs text-gray-400">—</span>
    );

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-2">
        {queue ? null : (
          <label className="flex flex-col text-xs text-gray-600">
            {t("filters.status")}
            <select className={field} value={filters.status ?? ""} onChange={(e) => setFilters({ ...filters, status: disputeStatuses.find((s) => s === e.target.value) })}>
              <option value="">{t("filters.allStatuses")}</option>
              {disputeStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col text-xs text-gray-600">
          {t("filters.scenario")}
          <select className={field} value={filters.scenario ?? ""} onChange={(e) => setFilters({ ...filters, scenario: disputeScenarios.find((s) => s === e.target.value) })}>
            <option value="">{t("filters.allScenarios")}</option>
            {disputeScenarios.map((s) => (
              <option key={s} value={s}>
                {t(`scenarios.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ListState status={query.status} empty={rows.length === 0} emptyText={queue ? t("list.emptyQueue") : t("list.empty")} onRetry={() => void query.refetch()}>
        <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
          <table className="w-full text-sm">
            <thead className="bg-gray-50 text-left text-xs text-gray-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("list.orderNo")}</th>
                <th className="px-3 py-2 font-medium">{t("list.scenario")}</th>
                <th className="px-3 py-2 font-medium">{t("list.status")}</th>
                <th className="px-3 py-2 font-medium">{showShop ? t("list.shop") : t("list.consumer")}</th>
                <th className="px-3 py-2 text-right font-medium">{t("case.amount")}</th>
                <th className="px-3 py-2 font-medium">{queue ? t("list.waitingSince") : t("list.openedAt")}</th>
                <th className="px-3 py-2 font-medium">{queue ? t("list.waiting") : t("list.deadline")}</th>
                <th className="px-3 py-2 font-medium">{t("list.action")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((d) => (
                <tr key={d.id} className="hover:bg-gray-50">
                  <td className="px-3 py-2 font-mono">{d.orderNo}</td>
                  <td className="px-3 py-2">
                    {t(`scenarios.${d.scenario}`)}
                    {d.responsibleParty === "platform" && source !== "consumer" ? <span className="ml-1"><Badge tone="purple">{t("list.fbp")}</Badge></span> : null}
                  </td>
                  <td className="px-3 py-2">
                    <DisputeStatusBadge status={d.status} responsibleParty={d.responsibleParty} viewer={source === "consumer" ? "consumer" : undefined} />
                    {d.evidenceGivenUp ? <span className="ml-1"><Badge tone="red">{t("list.givenUp")}</Badge></span> : null}
                  </td>
                  <td className="px-3 py-2">{showShop ? d.shopName : d.consumerName}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatFen(d.amountFen)}</td>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums text-gray-600">{formatDateTime(queue && d.judgingSince ? d.judgingSince : d.openedAt, d.timeZone)}</td>
                  <td className="px-3 py-2">{deadline(d)}</td>
                  <td className="px-3 py-2">
                    <Link href={disputeHref(source, d.id)} className="text-blue-700 hover:underline">
                      {queue ? t("list.judge") : source === "consumer" ? tc("view") : t("list.handle")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="flex flex-col gap-2 md:hidden">
          {rows.map((d) => (
            <li key={d.id}>
              <Link href={disputeHref(source, d.id)} className="block rounded-lg border border-gray-200 bg-white p-3 active:bg-gray-50">
                <div className="flex items-center justify-between gap-2">
                  <span className="text-sm font-medium">{t(`scenarios.${d.scenario}`)}</span>
                  <DisputeStatusBadge status={d.status} responsibleParty={d.responsibleParty} viewer={source === "consumer" ? "consumer" : undefined} />
                </div>
                <p className="mt-1 line-clamp-2 text-sm text-gray-700">{d.claim}</p>
                <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-gray-500">
                  <span className="font-mono">{d.orderNo}</span>
                  {deadline(d)}
                </div>
                <div className="mt-1 flex items-center justify-between text-xs text-gray-500">
                  <span>
                    {showShop ? d.shopName : d.consumerName} · {formatDateTime(d.openedAt, d.timeZone)}
                  </span>
                  <span className="text-sm font-medium text-gray-900 tabular-nums">{formatFen(d.amountFen)}</span>
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
