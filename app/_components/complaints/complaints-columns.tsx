"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import { useTimeZone } from "../time-zone";
import type { DataColumn } from "../ui/data-table/columns";
import { ComplaintStatusBadge } from "./labels";
import type { ComplaintRow } from "./types";

/** The one clock running on the row: the platform's review, or the merchant's material window. */
function RowDeadline({ row, serverNow }: { row: ComplaintRow; serverNow: Date }) {
  const t = useTranslations("complaint.list");
  if (!row.dueAt) return <span className="text-xs text-gray-500">{t("noDeadline")}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="complaint-row-due">
      <span className="text-xs text-gray-500">
        {row.status === "needs_material" ? t("supplementDue") : t("reviewDue")}
      </span>
      <Countdown due={row.dueAt} serverNow={serverNow} />
    </span>
  );
}

type Audience = "merchant" | "admin";

/** Complaints for the table and the phone cards, columns declared once (merchant list, admin queue). */
export function useComplaintColumns(serverNow: Date, hrefOf: (row: ComplaintRow) => string, audience: Audience) {
  const t = useTranslations("complaint");
  const timeZone = useTimeZone();
  return useMemo(
    (): DataColumn<ComplaintRow>[] => [
      {
        id: "complaintNo",
        header: t("list.complaintNo"),
        cell: (row) => <span className="font-mono">{row.complaintNo}</span>,
        card: "title",
      },
      {
        id: "status",
        header: t("list.status"),
        cell: (row) => <ComplaintStatusBadge status={row.status} />,
        card: "badge",
      },
      {
        id: "category",
        header: t("list.category"),
        cell: (row) => t(`categories.${row.category}`),
        card: "body",
      },
      ...(audience === "admin"
        ? [
            {
              id: "shop",
              header: t("admin.shop"),
              cell: (row: ComplaintRow) => row.shopName ?? "",
              card: "meta" as const,
            },
          ]
        : []),
      { id: "buyer", header: t("list.buyer"), cell: (row) => row.consumerName, card: "meta" },
      {
        id: "orders",
        header: t("list.orders"),
        cell: (row) => t("list.orderCount", { count: row.orderCount }),
        card: "meta",
      },
      {
        id: "filedAt",
        header: t("list.filedAt"),
        cell: (row) => formatDateTime(row.filedAt, timeZone),
        className: "whitespace-nowrap text-gray-600 tabular-nums",
        card: "meta",
      },
      {
        id: "deadline",
        header: t("list.deadline"),
        cell: (row) => <RowDeadline row={row} serverNow={serverNow} />,
        cardCell: (row) => (row.dueAt ? <RowDeadline row={row} serverNow={serverNow} /> : null),
        card: "body",
      },
      {
        id: "action",
        header: t("list.action"),
        cell: (row) => (
          <Link href={hrefOf(row)} className="text-blue-700 hover:underline">
            {audience === "admin" ? t("list.review") : t("list.view")}
          </Link>
        ),
      },
    ],
    [t, timeZone, serverNow, hrefOf, audience],
  );
}
