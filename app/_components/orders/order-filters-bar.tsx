"use client";

import { useTranslations } from "next-intl";
import { orderStatuses } from "@/server/domain/order";
import { FilterBar, FilterDate, FilterReset, FilterSubmit, FilterText } from "../ui/data-table/filter-bar";
import { FilterSelect } from "../ui/data-table/filter-select";
import type { UrlFilters } from "../ui/data-table/use-url-filters";
import type { orderFilterParsers } from "./orders-query";

/** Status, placed between two days, order number. */
export function OrderFiltersBar({ filters }: { filters: UrlFilters<typeof orderFilterParsers> }) {
  const t = useTranslations();
  return (
    <FilterBar filters={filters}>
      <FilterSelect
        filters={filters}
        name="status"
        label={t("order.status")}
        allLabel={t("order.allStatuses")}
        options={orderStatuses.map((s) => ({ value: s, label: t(`order.statuses.${s}`) }))}
      />
      <FilterDate filters={filters} name="from" label={t("order.from")} />
      <FilterDate filters={filters} name="to" label={t("order.to")} />
      <FilterText
        filters={filters}
        name="orderNo"
        label={t("order.orderNo")}
        placeholder={t("order.orderNo")}
        inputMode="numeric"
      />
      <FilterSubmit />
      <FilterReset filters={filters} />
    </FilterBar>
  );
}
