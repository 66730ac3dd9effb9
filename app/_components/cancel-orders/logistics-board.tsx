"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { errorText } from "../disputes/localized";
import { formatDateTime } from "../format";
import { OrderStatusBadge } from "../order-status-badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FilterBar, FilterSubmit, FilterText } from "../ui/data-table/filter-bar";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { ListState } from "../ui/data-table/list-state";
import { LoadMore } from "../ui/data-table/load-more";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters } from "../ui/data-table/use-url-filters";
import { CancelReasonLabel, CancelStatusBadge, InterceptionBadge } from "./cancel-status-badge";
import { shipmentFilterParsers } from "./logistics-query";
import type { ShipmentRow } from "./types";

/**
 * The demo platform-logistics adapter (DSP-CXL-4): interceptions waiting for the carrier's
 * answer (succeeded → refund, failed → interception failed), and parcels in transit or signed
 * to report signed / completed. Interceptions waiting come first.
 */
export function LogisticsBoard() {
  const t = useTranslations("cancelOrder.logistics");
  const to = useTranslations("order");
  const locale = useLocale();
  const trpc = useTRPC();
  const filters = useUrlFilters(shipmentFilterParsers);
  const query = useInfiniteQuery(
    trpc.cancelOrder.admin.logistics.shipments.infiniteQueryOptions(listInput(filters.values), keysetPaging),
  );
  const rows = useInfiniteRows(query);
  const waiting = rows.filter((r) => r.interception?.status === "requested");
  const others = rows.filter((r) => r.interception?.status !== "requested");
  // One toast for the board: a success replaces a stale error.
  const toast = feedbackToast("logistics-board");
  const onError = (error: { message: string }) => toast.error(errorText(error, locale));
  const interception = useMutation(
    trpc.cancelOrder.admin.logistics.reportInterception.mutationOptions({
      onSuccess: (result) => {
        toast.success(t("interceptionDone", { status: t(result.status) }));
        void query.refetch();
      },
      onError,
    }),
  );
  const delivery = useMutation(
    trpc.cancelOrder.admin.logistics.reportDelivery.mutationOptions({
      onSuccess: (result) => {
        toast.success(t("deliveryDone", { status: to(`statuses.${result.status}`) }));
        void query.refetch();
      },
      onError,
    }),
  );
  const busy = interception.isPending || delivery.isPending;
  const { confirm, dialog } = useConfirm();
  const confirmFailed = (orderNo: string) =>
    confirm({
      title: t("confirmFailedTitle"),
      consequence: t("confirmFailed", { orderNo }),
      confirmLabel: t("confirmFailedAction"),
    });
  const confirmDelivery = (orderNo: string, event: string) =>
    confirm({
      title: t("confirmDeliveryTitle", { event }),
      consequence: t("confirmDelivery", { orderNo, event }),
      confirmLabel: t("confirmDeliveryAction", { event }),
    });

  const actions = (row: ShipmentRow) => {
    const intercept = row.interception?.status === "requested" ? row.interception : null;
    return (
      <div className="flex flex-wrap gap-1.5">
        {intercept ? (
          <>
            <Button
              disabled={busy}
              onClick={() => interception.mutate({ interceptionId: intercept.id, outcome: "succeeded" })}
            >
              {t("succeeded")}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={async () => {
                if (await confirmFailed(row.orderNo))
                  interception.mutate({ interceptionId: intercept.id, outcome: "failed" });
              }}
            >
              {t("failed")}
            </Button>
          </>
        ) : null}
        {(["signed", "completed"] as const)
          .filter((event) =>
            event === "signed"
              ? row.orderStatus === "shipped"
              : row.orderStatus === "shipped" || row.orderStatus === "signed",
          )
          .map((event) => (
            <Button
              key={event}
              variant="secondary"
              disabled={busy}
              onClick={async () => {
                if (!intercept || (await confirmDelivery(row.orderNo, t(event))))
                  delivery.mutate({ orderId: row.orderId, event });
              }}
            >
              {t(event)}
            </Button>
          ))}
      </div>
    );
  };

  const item = (row: ShipmentRow) => (
    <li
      key={row.orderId}
      className="flex flex-col gap-2 px-4 py-3 text-sm md:flex-row md:items-center md:gap-4"
      data-testid="shipment-row"
      data-order-no={row.orderNo}
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-mono">{row.orderNo}</span>
          <OrderStatusBadge status={row.orderStatus} />
          <span className="text-xs text-gray-500">{to(`deliveryTypes.${row.deliveryType}`)}</span>
          <span className="text-xs text-gray-500">{row.shopName}</span>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-xs text-gray-500">
          {row.shippedAt ? (
            <span className="tabular-nums">
              {t("shippedAt")} {formatDateTime(row.shippedAt, DEFAULT_TIME_ZONE)}
            </span>
          ) : null}
          <span>
            {row.carrier ?? "—"} <span className="font-mono">{row.trackingNo ?? ""}</span>
          </span>
        </div>
        {row.cancelOrder || row.interception ? (
          <div className="flex flex-wrap items-center gap-2">
            {row.cancelOrder ? (
              <>
                <span className="text-xs text-gray-500">{t("cancelOrder")}</span>
                <CancelStatusBadge status={row.cancelOrder.status} />
                <span className="text-xs">
                  <CancelReasonLabel reason={row.cancelOrder.reason} />
                </span>
              </>
            ) : null}
            {row.interception ? (
              <>
                <span className="text-xs text-gray-500">{t("interception")}</span>
                <InterceptionBadge status={row.interception.status} />
                <span className="text-xs text-gray-500 tabular-nums">
                  {formatDateTime(row.interception.requestedAt, DEFAULT_TIME_ZONE)}
                </span>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      {actions(row)}
    </li>
  );

  return (
    <div className="flex flex-col gap-4">
      <FilterBar filters={filters}>
        <FilterText filters={filters} name="orderNo" label={t("search")} maxLength={64} className="w-52 font-mono" />
        <FilterSubmit />
      </FilterBar>
      <ListState status={query.status} empty={false} onRetry={() => void query.refetch()}>
        <Card title={`${t("interceptions")} (${waiting.length})`}>
          {waiting.length === 0 ? (
            <p className="text-sm text-gray-500">{t("interceptionsEmpty")}</p>
          ) : (
            <ul className="-mx-4 -my-3 divide-y divide-gray-100">{waiting.map(item)}</ul>
          )}
        </Card>
        <Card title={t("shipments")}>
          {others.length === 0 ? (
            <p className="text-sm text-gray-500">{t("shipmentsEmpty")}</p>
          ) : (
            <ul className="-mx-4 -my-3 divide-y divide-gray-100">{others.map(item)}</ul>
          )}
        </Card>
        <LoadMore query={query} />
      </ListState>
      {dialog}
    </div>
  );
}
