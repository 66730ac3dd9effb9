"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import {
  cancelOrderStatuses,
  cancelOrigins,
  consumerCancelReasons,
  disputeCancelReasons,
} from "@/server/domain/cancel-order";
import { DataTable } from "../ui/data-table/data-table";
import { FilterBar, FilterReset, FilterSubmit, FilterText } from "../ui/data-table/filter-bar";
import { FilterChips } from "../ui/data-table/filter-chips";
import { FilterSelect } from "../ui/data-table/filter-select";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters } from "../ui/data-table/use-url-filters";
import { cancelOrderHref, useCancelOrderColumns } from "./cancel-orders-columns";
import { cancelOrderFilterParsers } from "./cancel-orders-query";

/**
 * DSP-CXL-6: the merchant's cancel-order module — every cancel order with its review status and
 * reason, filtered by status (chips with counts), reason (the dispute-plan reasons grouped, so
 * those are easy to find), origin and order number; keyset "load more"; cards on phones.
 */
export function CancelOrdersList({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("cancelOrder");
  const trpc = useTRPC();
  const filters = useUrlFilters(cancelOrderFilterParsers);
  const query = useInfiniteQuery(
    trpc.cancelOrder.merchant.list.infiniteQueryOptions(listInput(filters.values), keysetPaging),
  );
  const counts = useQuery(trpc.cancelOrder.merchant.counts.queryOptions()).data;
  const rows = useInfiniteRows(query);
  const columns = useCancelOrderColumns(serverNow);
  const reasonOption =
    (group: string) => (r: (typeof disputeCancelReasons)[number] | (typeof consumerCancelReasons)[number]) => ({
      value: r,
      label: counts ? `${t(`reasons.${r}`)} (${counts.byReason[r]})` : t(`reasons.${r}`),
      group,
    });

  return (
    <div className="flex flex-col gap-3">
      <FilterChips
        filters={filters}
        name="status"
        label={t("filters.status")}
        all={{ label: t("filters.all") }}
        options={cancelOrderStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`), count: counts?.byStatus[s] }))}
      />
      <FilterBar filters={filters}>
        <FilterSelect
          filters={filters}
          name="reason"
          label={t("filters.reason")}
          allLabel={t("filters.allReasons")}
          options={[
            ...disputeCancelReasons.map(reasonOption(t("filters.disputeReasons"))),
            ...consumerCancelReasons.map(reasonOption(t("filters.consumerReasons"))),
          ]}
        />
        <FilterSelect
          filters={filters}
          name="origin"
          label={t("filters.origin")}
          allLabel={t("filters.allOrigins")}
          options={cancelOrigins.map((o) => ({ value: o, label: t(`origins.${o}`) }))}
        />
        <FilterText
          filters={filters}
          name="orderNo"
          label={t("filters.orderNo")}
          placeholder={t("filters.orderNoPlaceholder")}
          className="w-44 font-mono"
        />
        <FilterSubmit />
        <FilterReset filters={filters} />
      </FilterBar>
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        query={query}
        emptyText={t("list.empty")}
        sorting={{ value: [{ id: "requestedAt", desc: true }] }}
        rowHref={cancelOrderHref}
        rowAttributes={(_row, place) => ({
          "data-testid": place === "table" ? "cancel-order-row" : "cancel-order-card",
        })}
      />
    </div>
  );
}
