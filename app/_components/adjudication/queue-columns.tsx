"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import type { AdjudicationQueueRow } from "@/server/services/adjudication/list-queue";
import { Countdown } from "../countdown";
import { WaitingTime } from "../disputes/waiting-time";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import type { DataColumn } from "../ui/data-table/columns";
import { caseHref } from "./queue-query";

function StageBadge({ stage }: { stage: AdjudicationQueueRow["stage"] }) {
  const t = useTranslations("adjudication.stages");
  return <Badge tone={stage === "reviewing" ? "amber" : "purple"}>{t(stage)}</Badge>;
}

/** The queue's columns, oldest at the platform first, for the table and the phone cards. */
export function useAdjudicationColumns(serverNow: Date): DataColumn<AdjudicationQueueRow>[] {
  const t = useTranslations("adjudication");
  return useMemo(
    () => [
      {
        id: "case",
        header: t("queue.case"),
        cell: (r) => (
          <div className="flex flex-wrap items-center gap-1.5">
            <span className="font-medium">{t(`types.${r.type}`)}</span>
            {r.serviceType ? (
              <span className="text-xs text-gray-600">{t(`afterSales.serviceTypes.${r.serviceType}`)}</span>
            ) : null}
            <StageBadge stage={r.stage} />
          </div>
        ),
        cardCell: (r) => t(`types.${r.type}`),
        card: "title",
      },
      {
        id: "stage",
        header: t("filters.stage"),
        cell: (r) => <StageBadge stage={r.stage} />,
        inTable: false,
        card: "badge",
      },
      { id: "claim", header: "", cell: (r) => r.claim, inTable: false, card: "body" },
      {
        id: "orderNo",
        header: t("queue.order"),
        cell: (r) => r.orderNo,
        className: "font-mono text-xs",
        cardCell: (r) => <span className="font-mono">{r.orderNo}</span>,
        card: "meta",
      },
      {
        id: "shop",
        header: t("queue.shop"),
        cell: (r) => (
          <>
            <div>{r.shopName}</div>
            <div className="text-xs text-gray-500">{t(`styles.${r.marketplaceStyle}`)}</div>
          </>
        ),
        cardCell: (r) => r.shopName,
        card: "meta",
      },
      { id: "consumer", header: t("queue.consumer"), cell: (r) => r.consumerName, card: "meta" },
      {
        id: "amount",
        header: t("queue.amount"),
        cell: (r) => formatFen(r.amountFen),
        align: "end",
        className: "tabular-nums",
        card: "end",
      },
      {
        id: "reached",
        header: t("queue.reached"),
        cell: (r) => formatDateTime(r.since, r.timeZone),
        className: "whitespace-nowrap text-gray-600 tabular-nums",
      },
      {
        id: "waited",
        header: t("queue.waited"),
        className: "text-gray-700",
        cell: (r) => <WaitingTime since={r.since} serverNow={serverNow} />,
        cardCell: (r) => (
          <>
            {t("queue.waited")} <WaitingTime since={r.since} serverNow={serverNow} />
          </>
        ),
        card: "meta",
      },
      {
        id: "deadline",
        header: t("queue.deadline"),
        cell: (r) => <Countdown due={r.platformDueAt} serverNow={serverNow} />,
        card: "end",
      },
      {
        id: "action",
        header: t("queue.action"),
        cell: (r) => (
          <Link href={caseHref(r.kind, r.id)} className="font-medium whitespace-nowrap text-blue-700 hover:underline">
            {r.stage === "reviewing" ? t("queue.review") : t("queue.judge")} →
          </Link>
        ),
      },
    ],
    [t, serverNow],
  );
}
