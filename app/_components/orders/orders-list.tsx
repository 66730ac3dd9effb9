"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/client";
import { formatDateTime, formatFen } from "../format";
import { OrderStatusBadge } from "../order-status-badge";
import { Badge } from "../ui/badge";
import { ListState } from "../ui/list-state";
import { OrderFiltersBar } from "./order-filters-bar";
import { ordersInput, ordersPaging, type OrderFilters } from "./orders-query";
import { useOrderFilters } from "./use-order-filters";
import { LoadMore } from "../ui/load-more";

export type OrdersSource = { kind: "merchant" } | { kind: "consumer" } | { kind: "admin"; shopId: string };

function useOrdersQuery(source: OrdersSource, filters: OrderFilters) {
  const trpc = useTRPC();
  const input = ordersInput(filters);
  const page = ordersPaging;
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

export function OrdersList({ source }: { source: OrdersSource }) {
  const t = useTranslations();
  const [filters, setFilters] = useOrderFilters();
  const query = useInfiniteQuery(useOrdersQuery(source, filters));
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const showShop = source.kind === "consumer";

  return (
    <div className="flex flex-col gap-3">
      <OrderFiltersBar key={JSON.stringify(filters)} value={filters} onChange={setFilters} />
      <ListState status={query.status} empty={rows.length === 0} emptyText={t("order.emptyList")} onRetry={() => void query.refetch()}>
        <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
          <table className="w-full text-sm">
            <thead className="bg-gray-50 text-left text-xs text-gray-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("order.orderNo")}</th>
                <th className="px-3 py-2 font-medium">{t("order.items")}</th>
                <th className="px-3 py-2 font-medium">{showShop ? t("order.shop") : t("order.consumer")}</th>
                <th className="px-3 py-2 text-right font-medium">{t("order.amount")}</th>
                <th className="px-3 py-2 font-medium">{t("order.status")}</th>
                <th className="px-3 py-2 font-medium">{t("order.paidAt")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((o) => (
                <tr key={o.id} className="hover:bg-gray-50">
                  <td className="px-3 py-2 font-mono">
                    <Link href={hrefFor(source, o.id)} className="text-blue-700 hover:underline">
                      {o.orderNo}
                    </Link>
                  </td>
                  <td className="max-w-72 truncate px-3 py-2" title={o.itemSummary}>
                    {o.itemSummary}
                    {o.worryFree ? <span className="ml-1"><Badge tone="purple">{t("order.worryFree")}</Badge></span> : null}
                  </td>
                  <td className="px-3 py-2">{showShop ? o.shopName : o.consumerName}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatFen(o.amountFen)}</td>
                  <td className="px-3 py-2"><OrderStatusBadge status={o.status} /></td>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums text-gray-600">{formatDateTime(o.paidAt, o.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="flex flex-col gap-2 md:hidden">
          {rows.map((o) => (
            <li key={o.id}>
              <Link href={hrefFor(source, o.id)} className="block rounded-lg border border-gray-200 bg-white p-3 active:bg-gray-50">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-mono text-xs text-gray-500">{o.orderNo}</span>
                  <OrderStatusBadge status={o.status} />
                </div>
                <p className="mt-1 line-clamp-2 text-sm">{o.itemSummary}</p>
                <div className="mt-1 flex items-center justify-between text-xs text-gray-500">
                  <span>{showShop ? o.shopName : o.consumerName} · {formatDateTime(o.paidAt, o.timeZone)}</span>
                  <span className="text-sm font-medium text-gray-900 tabular-nums">{formatFen(o.amountFen)}</span>
                </div>
              </Link>
            </li>
          ))}
        </ul>
        <LoadMore query={query} />
      </ListState>
    </div>
  );
}
