"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import type { AdjudicationQueueRow } from "@/server/services/adjudication/list-queue";
import { Countdown } from "../countdown";
import { WaitingTime } from "../disputes/waiting-time";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import { ListState } from "../ui/list-state";
import { LoadMore } from "../ui/load-more";
import { QueueFiltersBar } from "./queue-filters";
import { caseHref, parseQueueFilters, queueInput, queuePaging, queueSearch, type QueueFilters } from "./queue-query";

function StageBadge({ stage }: { stage: AdjudicationQueueRow["stage"] }) {
  const t = useTranslations("adjudication.stages");
  return <Badge tone={stage === "reviewing" ? "amber" : "purple"}>{t(stage)}</Badge>;
}

/**
 * Issue 6: the one queue of everything awaiting the platform, oldest first, filters in the URL,
 * each row with how long it has waited and the platform's own deadline (live countdown).
 * A table from `md:` up, cards below.
 */
export function AdjudicationQueue({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("adjudication");
  const trpc = useTRPC();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = parseQueueFilters(params);
  const query = useInfiniteQuery(trpc.adjudication.queue.infiniteQueryOptions(queueInput(filters), queuePaging));
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(filters.type || filters.stage || filters.shopId || filters.style || filters.waiting);

  const setFilters = (next: QueueFilters) => {
    const qs = queueSearch(next);
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  const action = (r: AdjudicationQueueRow) => (r.stage === "reviewing" ? t("queue.review") : t("queue.judge"));

  return (
    <div className="flex flex-col gap-3">
      <QueueFiltersBar filters={filters} onChange={setFilters} />
      <ListState status={query.status} empty={rows.length === 0} emptyText={filtered ? t("queue.emptyFiltered") : t("queue.empty")} onRetry={() => void query.refetch()}>
        <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
          <table className="w-full text-sm">
            <thead className="bg-gray-50 text-left text-xs text-gray-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("queue.case")}</th>
                <th className="px-3 py-2 font-medium">{t("queue.order")}</th>
                <th className="px-3 py-2 font-medium">{t("queue.shop")}</th>
                <th className="px-3 py-2 font-medium">{t("queue.consumer")}</th>
                <th className="px-3 py-2 text-right font-medium">{t("queue.amount")}</th>
                <th className="px-3 py-2 font-medium">{t("queue.reached")}</th>
                <th className="px-3 py-2 font-medium">{t("queue.waited")}</th>
                <th className="px-3 py-2 font-medium">{t("queue.deadline")}</th>
                <th className="px-3 py-2 font-medium">{t("queue.action")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((r) => (
                <tr key={`${r.kind}:${r.id}`} className="hover:bg-gray-50" data-testid="adjudication-row" data-case-id={r.id}>
                  <td className="px-3 py-2">
                    <div className="flex flex-wrap items-center gap-1.5">
                      <span className="font-medium">{t(`types.${r.type}`)}</span>
                      <StageBadge stage={r.stage} />
                    </div>
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{r.orderNo}</td>
                  <td className="px-3 py-2">
                    <div>{r.shopName}</div>
                    <div className="text-xs text-gray-500">{t(`styles.${r.marketplaceStyle}`)}</div>
                  </td>
                  <td className="px-3 py-2">{r.consumerName}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatFen(r.amountFen)}</td>
                  <td className="px-3 py-2 whitespace-nowrap text-gray-600 tabular-nums">{formatDateTime(r.since, r.timeZone)}</td>
                  <td className="px-3 py-2 text-gray-700">
                    <WaitingTime since={r.since} serverNow={serverNow} />
                  </td>
                  <td className="px-3 py-2">
                    <Countdown due={r.platformDueAt} serverNow={serverNow} />
                  </td>
                  <td className="px-3 py-2">
                    <Link href={caseHref(r.kind, r.id)} className="font-medium whitespace-nowrap text-blue-700 hover:underline">
                      {action(r)} →
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="flex flex-col gap-2 md:hidden">
          {rows.map((r) => (
            <li key={`${r.kind}:${r.id}`} data-testid="adjudication-card" data-case-id={r.id}>
              <Link href={caseHref(r.kind, r.id)} className="block rounded-lg border border-gray-200 bg-white p-3 active:bg-gray-50">
                <div className="flex items-start justify-between gap-2">
                  <span className="text-sm font-medium">{t(`types.${r.type}`)}</span>
                  <StageBadge stage={r.stage} />
                </div>
                {r.claim ? <p className="mt-1 line-clamp-2 text-sm text-gray-700">{r.claim}</p> : null}
                <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-gray-500">
                  <span className="font-mono">{r.orderNo}</span>
                  <Countdown due={r.platformDueAt} serverNow={serverNow} />
                </div>
                <div className="mt-1 flex items-center justify-between gap-2 text-xs text-gray-500">
                  <span className="min-w-0 truncate">
                    {r.shopName} · {r.consumerName}
                  </span>
                  <span className="text-sm font-medium text-gray-900 tabular-nums">{formatFen(r.amountFen)}</span>
                </div>
                <div className="mt-1 text-xs text-gray-500">
                  {t("queue.waited")} <WaitingTime since={r.since} serverNow={serverNow} />
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
