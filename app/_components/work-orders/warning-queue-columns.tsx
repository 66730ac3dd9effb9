"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import type { WarningQueueRow } from "@/server/services/work-orders/list-warning-queue";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import type { DataColumn } from "../ui/data-table/columns";
import { Badge } from "../ui/badge";
import { WorkOrderStatusBadge } from "./work-order-badges";

export type QueueAudience = "merchant" | "admin";

/** A work order opens its own page; a service order (AS-6) opens the merchant's after-sales page. */
export const queueRowHref = (audience: QueueAudience, row: WarningQueueRow) =>
  row.kind === "service_order" ? `/merchant/after-sales/${row.id}` : `/${audience}/work-orders/${row.id}`;

/** The queue's columns, for the table and the phone cards: active work by deadline, history by when it opened. */
export function useWarningQueueColumns(
  audience: QueueAudience,
  active: boolean,
  serverNow: Date | null,
): DataColumn<WarningQueueRow>[] {
  const t = useTranslations("workOrder");
  return useMemo(() => {
    const when = (at: Date | null, timeZone: string) => (at ? formatDateTime(at, timeZone) : "—");
    const statusBadge = (r: WarningQueueRow) =>
      r.kind === "work_order" ? (
        <WorkOrderStatusBadge status={r.status} />
      ) : (
        <Badge tone="blue">{t(`serviceOrder.deadlines.${r.dueKind}`)}</Badge>
      );
    const typeName = (r: WarningQueueRow) =>
      r.kind === "work_order"
        ? t(`types.${r.type}`)
        : `${t("serviceOrder.title")} · ${
            r.repairMode ? t(`serviceOrder.repairModes.${r.repairMode}`) : t(`serviceOrder.types.${r.serviceType}`)
          }`;
    const deadline = (r: WarningQueueRow) =>
      active && r.dueAt && serverNow ? <Countdown due={r.dueAt} serverNow={serverNow} /> : statusBadge(r);
    return [
      {
        id: "type",
        header: t("columns.type"),
        cell: (r) => (
          <>
            <span className="mr-2">{typeName(r)}</span>
            {active ? statusBadge(r) : null}
          </>
        ),
        cardCell: typeName,
        card: "title",
      },
      {
        id: "orderNo",
        header: t("columns.orderNo"),
        cell: (r) => r.orderNo,
        className: "font-mono",
        cardCell: (r) => <span className="font-mono">{r.orderNo}</span>,
        card: "meta",
      },
      {
        id: "party",
        header: audience === "admin" ? t("columns.shop") : t("columns.consumer"),
        cell: (r) => (audience === "admin" ? r.shopName : r.consumerName),
        card: "meta",
      },
      {
        id: "openedAt",
        header: t("columns.openedAt"),
        cell: (r) => formatDateTime(r.openedAt, r.timeZone),
        className: "whitespace-nowrap text-gray-600 tabular-nums",
      },
      active
        ? {
            id: "dueAt",
            header: t("columns.dueAt"),
            cell: (r) => when(r.dueAt, r.timeZone),
            className: "whitespace-nowrap tabular-nums",
            card: "end",
          }
        : {
            id: "closedAt",
            header: t("columns.closedAt"),
            cell: (r) => when(r.closedAt, r.timeZone),
            className: "whitespace-nowrap tabular-nums",
            card: "end",
          },
      { id: "deadline", header: active ? t("columns.countdown") : t("columns.status"), cell: deadline, card: "badge" },
      {
        id: "action",
        header: "",
        align: "end",
        cell: (r) => (
          <Link href={queueRowHref(audience, r)} className="text-blue-700 hover:underline">
            {active ? t("handle") : t("view")}
          </Link>
        ),
      },
    ];
  }, [t, audience, active, serverNow]);
}
