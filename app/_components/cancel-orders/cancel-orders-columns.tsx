"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import type { CancelOrderStatus } from "@/server/domain/cancel-order";
import { Countdown } from "../countdown";
import { formatDateTime, formatFen } from "../format";
import type { DataColumn } from "../ui/data-table/columns";
import { CancelReasonLabel, CancelStatusBadge, InterceptionBadge } from "./cancel-status-badge";
import type { CancelOrderRow } from "./types";

/** Statuses the merchant can still act on (approve / reject / force the refund). */
const actionable = new Set<CancelOrderStatus>(["pending", "logistics_pending", "intercepting", "interception_failed"]);

export const cancelOrderHref = (row: CancelOrderRow) => `/merchant/cancel-orders/${row.id}`;

/**
 * The 48h window's live countdown, else the interception's state, else a dash (tables) or
 * nothing (cards). DSP-CXL-7: a pending request shows its review deadline; past it the
 * consumer may open a dispute.
 */
function CancelDeadline({ row, serverNow, dash }: { row: CancelOrderRow; serverNow: Date; dash: boolean }) {
  const t = useTranslations("cancelOrder");
  if (row.status === "pending" && row.reviewDueAt) {
    return (
      <span className="inline-flex flex-wrap items-center gap-1" data-testid="cancel-review-due">
        <span className="text-xs text-gray-500">
          {t("list.reviewDue")} {formatDateTime(row.reviewDueAt, row.timeZone)}
        </span>
        <Countdown due={row.reviewDueAt} serverNow={serverNow} />
      </span>
    );
  }
  if (row.status === "logistics_pending" && row.dueAt) return <Countdown due={row.dueAt} serverNow={serverNow} />;
  if (row.interceptionStatus) return <InterceptionBadge status={row.interceptionStatus} />;
  return dash ? <span className="text-xs text-gray-500">—</span> : null;
}

/** The merchant's cancel orders, newest request first, for the table and the phone cards. */
export function useCancelOrderColumns(serverNow: Date): DataColumn<CancelOrderRow>[] {
  const t = useTranslations("cancelOrder");
  const to = useTranslations("order");
  return useMemo(
    () => [
      {
        id: "orderNo",
        header: t("list.orderNo"),
        cell: (row) => row.orderNo,
        className: "font-mono",
        cardCell: (row) => <span className="font-mono">{row.orderNo}</span>,
        card: "title",
      },
      {
        id: "status",
        header: t("list.status"),
        cell: (row) => <CancelStatusBadge status={row.status} />,
        card: "badge",
      },
      {
        id: "reason",
        header: t("list.reason"),
        cell: (row) => (
          <>
            <CancelReasonLabel reason={row.reason} />
            <span className="block text-xs text-gray-500">{t(`origins.${row.origin}`)}</span>
          </>
        ),
        cardCell: (row) => <CancelReasonLabel reason={row.reason} />,
        card: "body",
      },
      { id: "consumer", header: t("list.consumer"), cell: (row) => row.consumerName, card: "meta" },
      {
        id: "delivery",
        header: t("list.delivery"),
        cell: (row) => to(`deliveryTypes.${row.deliveryType}`),
        card: "meta",
      },
      {
        id: "amount",
        header: t("list.amount"),
        align: "end",
        className: "tabular-nums",
        cell: (row) => (
          <>
            {formatFen(row.amountFen)}
            {row.refundedFen > 0 ? (
              <span className="block text-xs text-green-700">
                {t("list.refunded")} {formatFen(row.refundedFen)}
              </span>
            ) : null}
          </>
        ),
        card: "end",
      },
      {
        id: "requestedAt",
        header: t("list.requestedAt"),
        cell: (row) => formatDateTime(row.requestedAt, row.timeZone),
        className: "whitespace-nowrap text-gray-600 tabular-nums",
        card: "meta",
      },
      {
        id: "deadline",
        header: t("list.deadline"),
        cell: (row) => <CancelDeadline row={row} serverNow={serverNow} dash />,
        cardCell: (row) => <CancelDeadline row={row} serverNow={serverNow} dash={false} />,
        card: "body",
      },
      {
        id: "action",
        header: t("list.action"),
        cell: (row) => (
          <Link href={cancelOrderHref(row)} className="text-blue-700 hover:underline">
            {actionable.has(row.status) ? t("list.handle") : t("list.view")}
          </Link>
        ),
      },
    ],
    [t, to, serverNow],
  );
}
