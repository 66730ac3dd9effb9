"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { isLiveServiceOrderStatus } from "@/server/domain/after-sales";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import type { DataColumn } from "../ui/data-table/columns";
import { ServiceStatusBadge, useTypeLabel } from "./labels";
import { useTimeZone } from "../time-zone";
import type { ServiceOrderRow } from "./view";

/** The row's running deadline: what it is and its live countdown (a dash when none runs). */
function RowDeadline({ row, serverNow, dash }: { row: ServiceOrderRow; serverNow: Date; dash: boolean }) {
  const t = useTranslations("afterSales");
  if (!row.dueAt || !row.dueKind || !isLiveServiceOrderStatus(row.status))
    return dash ? <span className="text-xs text-gray-500">{t("list.noDeadline")}</span> : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="service-row-due">
      <span className="text-xs text-gray-500">{t(`deadlineKinds.${row.dueKind}`)}</span>
      <Countdown due={row.dueAt} serverNow={serverNow} />
    </span>
  );
}

/** The merchant's service orders for the table and the phone cards, columns declared once. */
export function useServiceOrderColumns(
  serverNow: Date,
  hrefOf: (row: ServiceOrderRow) => string,
  audience: "merchant" | "consumer" = "merchant",
) {
  const t = useTranslations("afterSales");
  const typeLabel = useTypeLabel();
  const timeZone = useTimeZone();
  return useMemo(
    (): DataColumn<ServiceOrderRow>[] => [
      {
        id: "serviceNo",
        header: t("list.serviceNo"),
        cell: (row) => (
          <>
            <span className="font-mono">{row.serviceNo}</span>
            <span className="block font-mono text-xs text-gray-500">{row.orderNo}</span>
          </>
        ),
        cardCell: (row) => <span className="font-mono">{row.serviceNo}</span>,
        card: "title",
      },
      {
        id: "status",
        header: t("list.status"),
        cell: (row) => <ServiceStatusBadge status={row.status} />,
        card: "badge",
      },
      {
        id: "item",
        header: t("list.item"),
        cell: (row) => (
          <span className="line-clamp-2 max-w-56">
            {row.firstItemName ?? "—"}
            {row.itemCount > 1 ? (
              <span className="ml-1 text-xs text-gray-500">{t("list.moreItems", { count: row.itemCount - 1 })}</span>
            ) : null}
          </span>
        ),
        card: "body",
      },
      {
        id: "type",
        header: t("list.type"),
        cell: (row) => (
          <>
            {typeLabel(row.type, row.repairMode)}
            <span className="block text-xs text-gray-500">{t(`reasons.${row.reason}`)}</span>
          </>
        ),
        cardCell: (row) => `${typeLabel(row.type, row.repairMode)} · ${t(`reasons.${row.reason}`)}`,
        card: "body",
      },
      audience === "merchant"
        ? { id: "consumer", header: t("list.consumer"), cell: (row) => row.consumerName, card: "meta" }
        : {
            id: "orderNo",
            header: t("list.orderNo"),
            cell: (row) => row.orderNo,
            className: "font-mono",
            card: "meta",
          },
      {
        id: "appliedAt",
        header: t("list.appliedAt"),
        cell: (row) => formatDateTime(row.appliedAt, timeZone),
        className: "whitespace-nowrap text-gray-600 tabular-nums",
        card: "meta",
      },
      {
        id: "deadline",
        header: t("list.deadline"),
        cell: (row) => <RowDeadline row={row} serverNow={serverNow} dash />,
        cardCell: (row) => <RowDeadline row={row} serverNow={serverNow} dash={false} />,
        card: "body",
      },
      {
        id: "action",
        header: t("list.action"),
        cell: (row) => (
          <Link href={hrefOf(row)} className="text-blue-700 hover:underline">
            {isLiveServiceOrderStatus(row.status) ? t("list.handle") : t("list.view")}
          </Link>
        ),
      },
    ],
    [t, typeLabel, timeZone, serverNow, hrefOf, audience],
  );
}
