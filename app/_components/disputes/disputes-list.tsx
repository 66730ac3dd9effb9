"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { disputeScenarios, disputeStatuses } from "@/server/domain/dispute";
import { DataTable } from "../ui/data-table/data-table";
import { FilterBar } from "../ui/data-table/filter-bar";
import { FilterSelect } from "../ui/data-table/filter-select";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters } from "../ui/data-table/use-url-filters";
import { useDisputeColumns } from "./disputes-columns";
import { disputeFilterParsers, disputeHref, type DisputeFilters, type DisputesSource } from "./disputes-query";

function useDisputesQuery(source: DisputesSource, filters: DisputeFilters) {
  const trpc = useTRPC();
  switch (source) {
    case "consumer":
      return trpc.dispute.consumer.list.infiniteQueryOptions(listInput(filters), keysetPaging);
    case "merchant":
      return trpc.dispute.merchant.list.infiniteQueryOptions(listInput(filters), keysetPaging);
    case "admin":
      return trpc.dispute.admin.list.infiniteQueryOptions(listInput(filters), keysetPaging);
  }
}

/** A list of disputes for one audience, filters kept in the URL, live deadlines (or waiting time while the platform judges). */
export function DisputesList({ source, serverNow }: { source: DisputesSource; serverNow: Date }) {
  const t = useTranslations("dispute");
  const filters = useUrlFilters(disputeFilterParsers);
  const query = useInfiniteQuery(useDisputesQuery(source, filters.values));
  const rows = useInfiniteRows(query);
  const columns = useDisputeColumns(source, serverNow);
  return (
    <div className="flex flex-col gap-3">
      <FilterBar filters={filters}>
        <FilterSelect
          filters={filters}
          name="status"
          label={t("filters.status")}
          allLabel={t("filters.allStatuses")}
          options={disputeStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <FilterSelect
          filters={filters}
          name="scenario"
          label={t("filters.scenario")}
          allLabel={t("filters.allScenarios")}
          options={disputeScenarios.map((s) => ({ value: s, label: t(`scenarios.${s}`) }))}
        />
      </FilterBar>
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(d) => d.id}
        query={query}
        emptyText={t("list.empty")}
        sorting={{ value: [{ id: "openedAt", desc: true }] }}
        rowHref={(d) => disputeHref(source, d.id)}
      />
    </div>
  );
}
