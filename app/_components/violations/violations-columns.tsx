"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import type { ViolationListItem } from "@/server/services/violations/list-violations";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import type { DataColumn } from "../ui/data-table/columns";
import { useReasonText, useRuleLabel } from "./labels";
import { PointsText } from "./points-text";
import { SourceLink } from "./source-link";
import { ViolationStatusBadge } from "./status-badge";
import { violationHref, type ViolationsSource } from "./violations-query";

/** Where a ticket stands in time: the live 7-day countdown while pending (VIO-2), else what happened when. */
export function TicketDeadline({
  row,
  serverNow,
}: {
  row: Pick<ViolationListItem, "status" | "dueAt" | "effectiveAt" | "decidedAt" | "timeZone">;
  serverNow: Date;
}) {
  const t = useTranslations("violation.list");
  switch (row.status) {
    case "pending":
      return <Countdown due={row.dueAt} serverNow={serverNow} />;
    case "appealed":
      return <span className="text-xs text-blue-700">{t("paused")}</span>;
    case "effective":
      return (
        <span className="text-xs text-gray-600 tabular-nums">
          {row.effectiveAt ? t("effectiveAt", { time: formatDateTime(row.effectiveAt, row.timeZone) }) : "—"}
        </span>
      );
    case "overturned":
      return (
        <span className="text-xs text-gray-600 tabular-nums">
          {row.decidedAt ? t("overturnedAt", { time: formatDateTime(row.decidedAt, row.timeZone) }) : "—"}
        </span>
      );
  }
}

function RuleLabel({ rule }: { rule: string }) {
  return <>{useRuleLabel()(rule)}</>;
}

function ReasonText({ row }: { row: ViolationListItem }) {
  return <>{useReasonText()(row.reason, row.reasonMessage)}</>;
}

/** Tickets, newest first, for the table and the phone cards (the card names its source instead of linking it). */
export function useViolationColumns(source: ViolationsSource, serverNow: Date): DataColumn<ViolationListItem>[] {
  const t = useTranslations("violation");
  return useMemo(() => {
    const admin = source === "admin";
    const columns: (DataColumn<ViolationListItem> | null)[] = [
      {
        id: "rule",
        header: t("list.rule"),
        cell: (v) => (
          <>
            <div className="font-medium">
              <RuleLabel rule={v.rule} />
            </div>
            <div className="line-clamp-1 max-w-xs text-xs text-gray-500">
              <ReasonText row={v} />
            </div>
          </>
        ),
        cardCell: (v) => <RuleLabel rule={v.rule} />,
        card: "title",
      },
      { id: "reason", header: "", cell: (v) => <ReasonText row={v} />, inTable: false, card: "body" },
      admin ? { id: "shop", header: t("list.shop"), cell: (v) => v.shopName, card: "meta" } : null,
      {
        id: "points",
        header: t("list.points"),
        cell: (v) => <PointsText points={v.points} status={v.status} />,
        align: "end",
        className: "tabular-nums",
        card: "end",
      },
      {
        id: "status",
        header: t("list.status"),
        cell: (v) => <ViolationStatusBadge status={v.status} />,
        card: "badge",
      },
      {
        id: "source",
        header: t("list.source"),
        cell: (v) => <SourceLink source={v.source} audience={source} compact />,
        cardCell: (v) => `${t(`sources.${v.sourceType}`)}${v.source?.orderNo ? ` · ${v.source.orderNo}` : ""}`,
        card: "meta",
      },
      {
        id: "raisedAt",
        header: t("list.raisedAt"),
        cell: (v) => formatDateTime(v.raisedAt, v.timeZone),
        className: "whitespace-nowrap tabular-nums text-gray-600",
        card: "meta",
      },
      {
        id: "deadline",
        header: t("list.deadline"),
        cell: (v) => <TicketDeadline row={v} serverNow={serverNow} />,
        card: "end",
      },
      {
        id: "action",
        header: t("list.action"),
        cell: (v) => (
          <Link href={violationHref(source, v.id)} className="text-blue-700 hover:underline">
            {!admin && v.status === "pending" ? t("list.handle") : t("list.view")}
          </Link>
        ),
      },
    ];
    return columns.filter((column) => column !== null);
  }, [t, source, serverNow]);
}
