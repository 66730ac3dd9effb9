"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { useTRPC } from "@/app/_trpc/client";
import type { AppRouter } from "@/server/trpc/root";
import { WaitingTime } from "../disputes/waiting-time";
import { formatDateTime } from "../format";
import type { DataColumn } from "../ui/data-table/columns";
import { DataTable } from "../ui/data-table/data-table";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useRuleLabel } from "./labels";
import { SourceLink } from "./source-link";

type AppealRow = inferRouterOutputs<AppRouter>["violation"]["admin"]["appealQueue"]["items"][number];

const appealHref = (row: AppealRow) => `/admin/appeals/${row.id}`;

function RuleLabel({ rule }: { rule: string }) {
  return <>{useRuleLabel()(rule)}</>;
}

/** Pending appeals, oldest first, for the table and the phone cards. */
function useAppealColumns(serverNow: Date): DataColumn<AppealRow>[] {
  const t = useTranslations("violation");
  return useMemo(
    () => [
      { id: "shop", header: t("list.shop"), cell: (a) => a.shopName, card: "meta" },
      { id: "rule", header: t("list.rule"), cell: (a) => <RuleLabel rule={a.rule} />, card: "title" },
      {
        id: "points",
        header: t("list.points"),
        cell: (a) => t("pointsValue", { points: a.points }),
        align: "end",
        className: "tabular-nums",
        card: "badge",
      },
      {
        id: "statement",
        header: t("queue.statement"),
        cell: (a) => (
          <>
            <p className="line-clamp-2 max-w-sm text-gray-700">{a.statement}</p>
            <span className="text-xs text-gray-500">{t("queue.evidenceCount", { count: a.evidenceCount })}</span>
          </>
        ),
        cardCell: (a) => a.statement,
        card: "body",
      },
      {
        id: "evidence",
        header: "",
        cell: (a) => t("queue.evidenceCount", { count: a.evidenceCount }),
        inTable: false,
        card: "meta",
      },
      {
        id: "source",
        header: t("list.source"),
        cell: (a) => <SourceLink source={a.source} audience="admin" compact />,
      },
      {
        id: "submittedAt",
        header: t("queue.submittedAt"),
        cell: (a) => formatDateTime(a.submittedAt, a.timeZone),
        className: "whitespace-nowrap tabular-nums text-gray-600",
      },
      {
        id: "waiting",
        header: t("queue.waiting"),
        className: "text-xs text-gray-600",
        cell: (a) => <WaitingTime since={a.submittedAt} serverNow={serverNow} />,
        cardCell: (a) => (
          <span className="text-xs font-normal text-gray-500">
            {t("queue.waiting")} <WaitingTime since={a.submittedAt} serverNow={serverNow} />
          </span>
        ),
        card: "end",
      },
      {
        id: "action",
        header: t("list.action"),
        cell: (a) => (
          <Link href={appealHref(a)} className="text-blue-700 hover:underline">
            {t("queue.review")}
          </Link>
        ),
      },
    ],
    [t, serverNow],
  );
}

/** VIO-3 申诉审核: pending appeals, oldest first, with how long each has waited. */
export function AppealQueue({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("violation");
  const trpc = useTRPC();
  const query = useInfiniteQuery(trpc.violation.admin.appealQueue.infiniteQueryOptions(listInput({}), keysetPaging));
  const rows = useInfiniteRows(query);
  const columns = useAppealColumns(serverNow);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(a) => a.appealId}
      query={query}
      emptyText={t("queue.empty")}
      sorting={{ value: [{ id: "submittedAt", desc: false }] }}
      rowHref={appealHref}
      rowAttributes={(a, place) => ({
        "data-testid": place === "table" ? "appeal-row" : "appeal-card-item",
        "data-violation-id": a.id,
      })}
    />
  );
}
