"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { disputeScenarios } from "@/server/domain/dispute";
import {
  afterSalesCaseType,
  platformStages,
  platformWorkOrderTypes,
  waitingBuckets,
} from "@/server/domain/policies/platform-deadlines";
import { marketplaceStyles } from "@/server/domain/shop";
import { FilterBar, FilterReset } from "../ui/data-table/filter-bar";
import { FilterSelect } from "../ui/data-table/filter-select";
import type { UrlFilters } from "../ui/data-table/use-url-filters";
import type { queueFilterParsers } from "./queue-query";

/** The queue's filters — case type, stage, shop, marketplace style, waiting time. */
export function QueueFiltersBar({ filters }: { filters: UrlFilters<typeof queueFilterParsers> }) {
  const t = useTranslations("adjudication");
  const trpc = useTRPC();
  const shops = useQuery(trpc.adjudication.shops.queryOptions());
  const types = [
    ...disputeScenarios.map((s) => ({ value: s, label: t(`types.${s}`), group: t("filters.disputes") })),
    ...platformWorkOrderTypes.map((s) => ({ value: s, label: t(`types.${s}`), group: t("filters.workOrders") })),
    { value: afterSalesCaseType, label: t(`types.${afterSalesCaseType}`), group: t("filters.afterSales") },
  ];
  return (
    <FilterBar filters={filters}>
      <FilterSelect
        filters={filters}
        name="type"
        label={t("filters.type")}
        allLabel={t("filters.allTypes")}
        options={types}
      />
      <FilterSelect
        filters={filters}
        name="stage"
        label={t("filters.stage")}
        allLabel={t("filters.allStages")}
        options={platformStages.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
      />
      <FilterSelect
        filters={filters}
        name="shopId"
        label={t("filters.shop")}
        allLabel={t("filters.allShops")}
        options={(shops.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />
      <FilterSelect
        filters={filters}
        name="style"
        label={t("filters.style")}
        allLabel={t("filters.allStyles")}
        options={marketplaceStyles.map((s) => ({ value: s, label: t(`styles.${s}`) }))}
      />
      <FilterSelect
        filters={filters}
        name="waiting"
        label={t("filters.waiting")}
        allLabel={t("filters.anyWaiting")}
        options={waitingBuckets.map((s) => ({ value: s, label: t(`waiting.${s}`) }))}
      />
      <FilterReset filters={filters} />
    </FilterBar>
  );
}
