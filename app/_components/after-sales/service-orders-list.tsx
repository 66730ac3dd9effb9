"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { afterSalesReasons, serviceOrderTabs, serviceTypes } from "@/server/domain/after-sales";
import { DataTable } from "../ui/data-table/data-table";
import { FilterBar, FilterReset, FilterSubmit, FilterText } from "../ui/data-table/filter-bar";
import { FilterSelect } from "../ui/data-table/filter-select";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters } from "../ui/data-table/use-url-filters";
import { Tabs } from "../ui/tabs";
import { useServiceOrderColumns } from "./service-orders-columns";
import { serviceOrderFilterParsers } from "./service-orders-query";
import type { ServiceOrderRow } from "./view";

export const merchantServiceOrderHref = (row: ServiceOrderRow) => `/merchant/after-sales/${row.id}`;

/**
 * 售后服务单: the merchant's service orders by status tab (待审核 … 已关闭), each row with its running
 * deadline's live countdown; filters by type, reason and service / order number; keyset "load more";
 * cards on phones.
 */
export function ServiceOrdersList({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("afterSales");
  const trpc = useTRPC();
  const filters = useUrlFilters(serviceOrderFilterParsers);
  const query = useInfiniteQuery(
    trpc.afterSales.merchant.list.infiniteQueryOptions(listInput(filters.values), keysetPaging),
  );
  const rows = useInfiniteRows(query);
  const columns = useServiceOrderColumns(serverNow, merchantServiceOrderHref);
  return (
    <div className="flex flex-col gap-3">
      <Tabs
        label={t("filters.tab")}
        value={filters.values.tab}
        onValueChange={(tab) => filters.setOne("tab", tab)}
        items={serviceOrderTabs.map((tab) => ({ value: tab, label: t(`tabs.${tab}`) }))}
        controls="service-orders"
      />
      <FilterBar filters={filters}>
        <FilterSelect
          filters={filters}
          name="type"
          label={t("filters.type")}
          allLabel={t("filters.allTypes")}
          options={serviceTypes.map((v) => ({ value: v, label: t(`types.${v}`) }))}
        />
        <FilterSelect
          filters={filters}
          name="reason"
          label={t("filters.reason")}
          allLabel={t("filters.allReasons")}
          options={afterSalesReasons.map((v) => ({ value: v, label: t(`reasons.${v}`) }))}
        />
        <FilterText
          filters={filters}
          name="search"
          label={t("filters.search")}
          placeholder={t("filters.searchPlaceholder")}
          className="w-48 font-mono"
        />
        <FilterSubmit />
        <FilterReset filters={filters} />
      </FilterBar>
      <div id="service-orders">
        <DataTable
          columns={columns}
          rows={rows}
          getRowId={(row) => row.id}
          query={query}
          emptyText={t("list.empty")}
          rowHref={merchantServiceOrderHref}
          rowAttributes={(row, place) => ({
            "data-testid": place === "table" ? "service-order-row" : "service-order-card",
            "data-status": row.status,
          })}
        />
      </div>
    </div>
  );
}
