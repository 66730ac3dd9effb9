"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { urgencyTiers, type UrgencyTier } from "@/server/domain/deadlines";
import { warningQueueTypes } from "@/server/domain/warning-queue";
import { workOrderTypes } from "@/server/domain/work-order";
import { CopyLinesAction } from "../ui/data-table/copy-action";
import { DataTable } from "../ui/data-table/data-table";
import { FilterBar, FilterReset, FilterSubmit, FilterText } from "../ui/data-table/filter-bar";
import { FilterChips } from "../ui/data-table/filter-chips";
import { FilterSelect } from "../ui/data-table/filter-select";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters, type UrlFilters } from "../ui/data-table/use-url-filters";
import { effectiveQueueFilters, queueExportHref, queueFilterParsers, statusesOf } from "./queue-query";
import { QueueViewTabs } from "./queue-view-tabs";
import { queueRowHref, useWarningQueueColumns, type QueueAudience } from "./warning-queue-columns";
import { urgencyChipClass } from "./work-order-badges";

export type { QueueAudience } from "./warning-queue-columns";

type QueueUrlFilters = UrlFilters<typeof queueFilterParsers>;

/** AS-6: service orders are the merchant's own; the platform's queue has work orders only. */
const queueTypesOf = (audience: QueueAudience) => (audience === "merchant" ? warningQueueTypes : workOrderTypes);

/** INV-9: the warning queue (工单预警) — urgency chips, filters, rows by deadline, keyset "load more". */
export function WarningQueue({ audience }: { audience: QueueAudience }) {
  const t = useTranslations("workOrder");
  const trpc = useTRPC();
  const filters = useUrlFilters(queueFilterParsers);
  const values = effectiveQueueFilters(filters.values);
  const input = listInput(values);
  const query = useInfiniteQuery(
    audience === "merchant"
      ? trpc.workOrder.merchant.queue.infiniteQueryOptions(input, keysetPaging)
      : trpc.workOrder.admin.queue.infiniteQueryOptions(input, keysetPaging),
  );
  const rows = useInfiniteRows(query);
  const firstPage = query.data?.pages[0];
  const active = values.view === "active";
  const columns = useWarningQueueColumns(audience, active, firstPage?.now ?? null);

  return (
    <div className="flex flex-col gap-3">
      <QueueViewTabs view={values.view} onChange={(view) => filters.replace({ view, type: values.type })} />
      {active ? <UrgencyChips filters={filters} counts={firstPage?.counts ?? null} /> : null}
      <FilterBar filters={filters}>
        <FilterSelect
          filters={filters}
          name="type"
          label={t("columns.type")}
          allLabel={t("filters.allTypes")}
          options={queueTypesOf(audience).map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        <FilterSelect
          filters={filters}
          name="status"
          label={t("columns.status")}
          allLabel={t("filters.allStatuses")}
          options={statusesOf[values.view].map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
        <FilterText filters={filters} name="orderNo" label={t("filters.orderNo")} className="w-44" />
        <FilterText filters={filters} name="consumer" label={t("filters.consumer")} className="w-36" />
        <FilterSubmit />
        <FilterReset filters={filters} keep={["view"]} />
        {/* A plain link: the browser downloads the CSV of exactly this filtered view. */}
        <a
          href={queueExportHref(values)}
          download
          className="ml-auto rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 hover:bg-gray-50"
        >
          {t("filters.exportCsv")}
        </a>
      </FilterBar>
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        query={query}
        emptyText={active ? t("emptyActive") : t("emptyClosed")}
        sorting={{ value: [active ? { id: "dueAt", desc: false } : { id: "openedAt", desc: true }] }}
        rowHref={(row) => queueRowHref(audience, row)}
        rowAttributes={(row) => ({ "data-urgency": row.urgency ?? undefined })}
        rowLabel={(row) => row.orderNo}
        bulkActions={(selected) => (
          <CopyLinesAction lines={selected.map((row) => row.orderNo)} label={t("bulk.copyOrderNos")} />
        )}
      />
    </div>
  );
}

/** Open work by urgency tier, with counts over the other filters. */
function UrgencyChips({ filters, counts }: { filters: QueueUrlFilters; counts: Record<UrgencyTier, number> | null }) {
  const t = useTranslations("workOrder");
  return (
    <FilterChips
      filters={filters}
      name="urgency"
      label={t("columns.countdown")}
      toggle
      all={{
        label: t("filters.allTiers"),
        count: counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined,
      }}
      options={urgencyTiers.map((tier) => ({
        value: tier,
        label: t(`urgency.${tier}`),
        count: counts ? counts[tier] : "–",
        tone: urgencyChipClass[tier],
      }))}
    />
  );
}
