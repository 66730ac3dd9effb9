"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/client";
import { WaitingTime } from "../disputes/waiting-time";
import { formatDateTime } from "../format";
import { ListState } from "../ui/list-state";
import { LoadMore } from "../ui/load-more";
import { APPEAL_QUEUE_INPUT, appealQueuePaging } from "./appeal-queue-query";
import { useRuleLabel } from "./labels";
import { SourceLink } from "./source-link";

/** VIO-3 申诉审核: pending appeals, oldest first, with how long each has waited. */
export function AppealQueue({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("violation");
  const trpc = useTRPC();
  const ruleLabel = useRuleLabel();
  const query = useInfiniteQuery(trpc.violation.admin.appealQueue.infiniteQueryOptions(APPEAL_QUEUE_INPUT, appealQueuePaging));
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const href = (id: string) => `/admin/appeals/${id}`;
  return (
    <ListState status={query.status} empty={rows.length === 0} emptyText={t("queue.empty")} onRetry={() => void query.refetch()}>
      <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
        <table className="w-full text-sm">
          <thead className="bg-gray-50 text-left text-xs text-gray-500">
            <tr>
              <th className="px-3 py-2 font-medium">{t("list.shop")}</th>
              <th className="px-3 py-2 font-medium">{t("list.rule")}</th>
              <th className="px-3 py-2 text-right font-medium">{t("list.points")}</th>
              <th className="px-3 py-2 font-medium">{t("queue.statement")}</th>
              <th className="px-3 py-2 font-medium">{t("list.source")}</th>
              <th className="px-3 py-2 font-medium">{t("queue.submittedAt")}</th>
              <th className="px-3 py-2 font-medium">{t("queue.waiting")}</th>
              <th className="px-3 py-2 font-medium">{t("list.action")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((a) => (
              <tr key={a.appealId} className="hover:bg-gray-50" data-testid="appeal-row" data-violation-id={a.id}>
                <td className="px-3 py-2">{a.shopName}</td>
                <td className="px-3 py-2">{ruleLabel(a.rule)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{t("pointsValue", { points: a.points })}</td>
                <td className="px-3 py-2">
                  <p className="line-clamp-2 max-w-sm text-gray-700">{a.statement}</p>
                  <span className="text-xs text-gray-500">{t("queue.evidenceCount", { count: a.evidenceCount })}</span>
                </td>
                <td className="px-3 py-2">
                  <SourceLink source={a.source} audience="admin" compact />
                </td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums text-gray-600">{formatDateTime(a.submittedAt, a.timeZone)}</td>
                <td className="px-3 py-2 text-xs text-gray-600">
                  <WaitingTime since={a.submittedAt} serverNow={serverNow} />
                </td>
                <td className="px-3 py-2">
                  <Link href={href(a.id)} className="text-blue-700 hover:underline">
                    {t("queue.review")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-2 md:hidden">
        {rows.map((a) => (
          <li key={a.appealId} data-testid="appeal-card-item" data-violation-id={a.id}>
            <Link href={href(a.id)} className="block rounded-lg border border-gray-200 bg-white p-3 active:bg-gray-50">
              <div className="flex items-start justify-between gap-2">
                <span className="text-sm font-medium">{ruleLabel(a.rule)}</span>
                <span className="text-sm tabular-nums">{t("pointsValue", { points: a.points })}</span>
              </div>
              <p className="mt-1 line-clamp-2 text-sm text-gray-700">{a.statement}</p>
              <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-gray-500">
                <span>
                  {a.shopName} · {t("queue.evidenceCount", { count: a.evidenceCount })}
                </span>
                <span>
                  {t("queue.waiting")} <WaitingTime since={a.submittedAt} serverNow={serverNow} />
                </span>
              </div>
            </Link>
          </li>
        ))}
      </ul>
      <LoadMore query={query} />
    </ListState>
  );
}
