"use client";

import { useTranslations } from "next-intl";
import { invoiceStatuses } from "@/server/domain/invoice";
import { FilterBar, FilterReset, FilterSubmit, FilterText } from "../ui/data-table/filter-bar";
import { FilterSelect } from "../ui/data-table/filter-select";
import type { UrlFilters } from "../ui/data-table/use-url-filters";
import type { invoiceFilterParsers } from "./invoices-query";

/** Status, overdue (the consumer may urge), supplementary and order number. */
export function InvoiceFiltersBar({ filters }: { filters: UrlFilters<typeof invoiceFilterParsers> }) {
  const t = useTranslations("invoice");
  return (
    <FilterBar filters={filters}>
      <FilterSelect
        filters={filters}
        name="status"
        label={t("filters.status")}
        allLabel={t("filters.allStatuses")}
        options={invoiceStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <FilterSelect
        filters={filters}
        name="overdue"
        label={t("filters.overdue")}
        allLabel={t("filters.any")}
        options={[
          { value: true, label: t("filters.overdueOnly") },
          { value: false, label: t("filters.notOverdue") },
        ]}
      />
      <FilterSelect
        filters={filters}
        name="supplementary"
        label={t("filters.supplementary")}
        allLabel={t("filters.any")}
        options={[
          { value: true, label: t("filters.supplementaryOnly") },
          { value: false, label: t("filters.notSupplementary") },
        ]}
      />
      <FilterText filters={filters} name="orderNo" label={t("filters.orderNo")} placeholder={t("filters.orderNo")} />
      <FilterSubmit />
      <FilterReset filters={filters} />
    </FilterBar>
  );
}
