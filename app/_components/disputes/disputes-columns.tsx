"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { Countdown } from "../countdown";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import type { DataColumn } from "../ui/data-table/columns";
import { DisputeStatusBadge } from "./dispute-status-badge";
import { disputeHref, type DisputeListRow, type DisputesSource } from "./disputes-query";
import { WaitingTime } from "./waiting-time";

/** The live deadline, or how long the platform has been judging. */
function DisputeDeadline({ row, serverNow }: { row: DisputeListRow; serverNow: Date }) {
  const t = useTranslations("dispute.list");
  if (row.status === "platform_judging") {
    return row.judgingSince ? (
      <span className="text-xs text-gray-600">
        {t("waiting")} <WaitingTime since={row.judgingSince} serverNow={serverNow} />
      </span>
    ) : null;
  }
  return row.dueAt ? (
    <Countdown due={row.dueAt} serverNow={serverNow} />
  ) : (
    <span className="text-xs text-gray-500">—</span>
  );
}

/** A disputes list's columns, newest first, for the table and the phone cards. */
export function useDisputeColumns(source: DisputesSource, serverNow: Date): DataColumn<DisputeListRow>[] {
  const t = useTranslations("dispute");
  const tc = useTranslations("common");
  return useMemo(() => {
    const showShop = source !== "merchant";
    const status = (d: DisputeListRow) => (
      <DisputeStatusBadge
        status={d.status}
        responsibleParty={d.responsibleParty}
        viewer={source === "consumer" ? "consumer" : undefined}
      />
    );
    return [
      {
        id: "orderNo",
        header: t("list.orderNo"),
        cell: (d) => d.orderNo,
        className: "font-mono",
        cardCell: (d) => <span className="font-mono">{d.orderNo}</span>,
        card: "meta",
      },
      {
        id: "scenario",
        header: t("list.scenario"),
        cell: (d) => (
          <>
            {t(`scenarios.${d.scenario}`)}
            {d.responsibleParty === "platform" && source !== "consumer" ? (
              <span className="ml-1">
                <Badge tone="purple">{t("list.fbp")}</Badge>
              </span>
            ) : null}
          </>
        ),
        cardCell: (d) => t(`scenarios.${d.scenario}`),
        card: "title",
      },
      {
        id: "status",
        header: t("list.status"),
        cell: (d) => (
          <>
            {status(d)}
            {d.evidenceGivenUp ? (
              <span className="ml-1">
                <Badge tone="red">{t("list.givenUp")}</Badge>
              </span>
            ) : null}
          </>
        ),
        cardCell: status,
        card: "badge",
      },
      { id: "claim", header: t("list.claim"), cell: (d) => d.claim, inTable: false, card: "body" },
      {
        id: "party",
        header: showShop ? t("list.shop") : t("list.consumer"),
        cell: (d) => (showShop ? d.shopName : d.consumerName),
        card: "meta",
      },
      {
        id: "amount",
        header: t("case.amount"),
        cell: (d) => formatFen(d.amountFen),
        align: "end",
        className: "tabular-nums",
        card: "end",
      },
      {
        id: "openedAt",
        header: t("list.openedAt"),
        cell: (d) => formatDateTime(d.openedAt, d.timeZone),
        className: "whitespace-nowrap tabular-nums text-gray-600",
        card: "meta",
      },
      {
        id: "deadline",
        header: t("list.deadline"),
        cell: (d) => <DisputeDeadline row={d} serverNow={serverNow} />,
        card: "end",
      },
      {
        id: "action",
        header: t("list.action"),
        cell: (d) => (
          <Link href={disputeHref(source, d.id)} className="text-blue-700 hover:underline">
            {source === "consumer" ? tc("view") : t("list.handle")}
          </Link>
        ),
      },
    ];
  }, [t, tc, source, serverNow]);
}
