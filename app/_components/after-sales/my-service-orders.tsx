"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { DataTable } from "../ui/data-table/data-table";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useServiceOrderColumns } from "./service-orders-columns";
import type { ServiceOrderRow } from "./view";

export const consumerServiceOrderHref = (row: ServiceOrderRow) => `/after-sales/${row.id}`;

/** 我的售后: the consumer's service orders, newest first, each with its running deadline. */
export function MyServiceOrders({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("afterSales");
  const trpc = useTRPC();
  const query = useInfiniteQuery(trpc.afterSales.consumer.list.infiniteQueryOptions(listInput({}), keysetPaging));
  const rows = useInfiniteRows(query);
  const columns = useServiceOrderColumns(serverNow, consumerServiceOrderHref, "consumer");
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      query={query}
      emptyText={t("list.emptyMine")}
      rowHref={consumerServiceOrderHref}
      rowAttributes={(row, place) => ({
        "data-testid": place === "table" ? "service-order-row" : "service-order-card",
        "data-status": row.status,
      })}
    />
  );
}
