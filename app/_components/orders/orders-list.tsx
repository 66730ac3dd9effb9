"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { isLiveServiceOrderStatus } from "@/server/domain/after-sales";
import type { OrderRow } from "@/server/services/orders/list-orders";
import { formatDateTime, formatFen } from "../format";
import { OrderStatusBadge } from "../order-status-badge";
import { Badge } from "../ui/badge";
import type { DataColumn } from "../ui/data-table/columns";
import { DataTable } from "../ui/data-table/data-table";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters } from "../ui/data-table/use-url-filters";
import { OrderFiltersBar } from "./order-filters-bar";
import { orderFilterParsers, type OrderFilters } from "./orders-query";

export type OrdersSource = { kind: "merchant" } | { kind: "consumer" } | { kind: "admin"; shopId: string };

function useOrdersQuery(source: OrdersSource, filters: OrderFilters) {
  const trpc = useTRPC();
  const input = listInput(filters);
  const page = keysetPaging;
  switch (source.kind) {
    case "merchant":
      return trpc.merchant.orders.infiniteQueryOptions(input, page);
    case "consumer":
      return trpc.consumer.orders.infiniteQueryOptions(input, page);
    case "admin":
      return trpc.admin.shopOrders.infiniteQueryOptions({ ...input, shopId: source.shopId }, page);
  }
}

function hrefFor(source: OrdersSource, orderId: string): string {
  if (source.kind === "merchant") return `/merchant/orders/${orderId}`;
  if (source.kind === "consumer") return `/orders/${orderId}`;
  return `/admin/shops/${source.shopId}/orders/${orderId}`;
}

function serviceHref(source: OrdersSource, serviceOrderId: string): string | null {
  if (source.kind === "merchant") return `/merchant/after-sales/${serviceOrderId}`;
  if (source.kind === "consumer") return `/after-sales/${serviceOrderId}`;
  return null;
}

/**
 * 售后中 / 售后完成 beside the order's status, linking to its service order (a closed one shows
 * nothing). On phone cards, where the whole card is a link, it is a plain tag.
 */
function AfterSalesMarker({ row, source, link }: { row: OrderRow; source: OrdersSource; link: boolean }) {
  const t = useTranslations("afterSales.orderMarker");
  const so = row.serviceOrder;
  if (!so || so.status === "closed") return null;
  const live = isLiveServiceOrderStatus(so.status);
  const tag = <Badge tone={live ? "amber" : "green"}>{live ? t("live") : t("completed")}</Badge>;
  const href = link ? serviceHref(source, so.id) : null;
  const attrs = { "data-testid": "order-after-sales-marker", "data-status": so.status };
  return href ? (
    <Link href={href} className="ml-1 hover:underline" {...attrs}>
      {tag}
    </Link>
  ) : (
    <span className="ml-1" {...attrs}>
      {tag}
    </span>
  );
}

/** Orders, newest payment first; the order number opens one (the whole card on phones). */
function useOrderColumns(source: OrdersSource): DataColumn<OrderRow>[] {
  const t = useTranslations("order");
  return useMemo(() => {
    const showShop = source.kind === "consumer";
    return [
      {
        id: "orderNo",
        header: t("orderNo"),
        className: "font-mono",
        cell: (o) => (
          <Link href={hrefFor(source, o.id)} className="text-blue-700 hover:underline">
            {o.orderNo}
          </Link>
        ),
        cardCell: (o) => <span className="font-mono text-xs text-gray-500">{o.orderNo}</span>,
        card: "title",
      },
      {
        id: "items",
        header: t("items"),
        className: "max-w-72 truncate",
        cell: (o) => (
          <span title={o.itemSummary}>
            {o.itemSummary}
            {o.worryFree ? (
              <span className="ml-1">
                <Badge tone="purple">{t("worryFree")}</Badge>
              </span>
            ) : null}
          </span>
        ),
        card: "body",
      },
      {
        id: "party",
        header: showShop ? t("shop") : t("consumer"),
        cell: (o) => (showShop ? o.shopName : o.consumerName),
        card: "meta",
      },
      {
        id: "amount",
        header: t("amount"),
        cell: (o) => formatFen(o.amountFen),
        align: "end",
        className: "tabular-nums",
        card: "end",
      },
      {
        id: "status",
        header: t("status"),
        cell: (o) => (
          <span className="inline-flex flex-wrap items-center gap-y-1">
            <OrderStatusBadge status={o.status} />
            <AfterSalesMarker row={o} source={source} link />
          </span>
        ),
        cardCell: (o) => (
          <span className="inline-flex flex-wrap items-center gap-y-1">
            <OrderStatusBadge status={o.status} />
            <AfterSalesMarker row={o} source={source} link={false} />
          </span>
        ),
        card: "badge",
      },
      {
        id: "placedAt",
        header: t("placedAt"),
        cell: (o) => formatDateTime(o.placedAt, o.timeZone),
        className: "whitespace-nowrap tabular-nums text-gray-600",
        card: "meta",
      },
    ];
  }, [t, source]);
}

export function OrdersList({ source }: { source: OrdersSource }) {
  const t = useTranslations("order");
  const filters = useUrlFilters(orderFilterParsers);
  const query = useInfiniteQuery(useOrdersQuery(source, filters.values));
  const rows = useInfiniteRows(query);
  const columns = useOrderColumns(source);
  return (
    <div className="flex flex-col gap-3">
      <OrderFiltersBar filters={filters} />
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(o) => o.id}
        query={query}
        emptyText={t("emptyList")}
        sorting={{ value: [{ id: "placedAt", desc: true }] }}
        rowHref={(o) => hrefFor(source, o.id)}
      />
    </div>
  );
}
