"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { DataTable } from "../ui/data-table/data-table";
import { FilterBar, FilterReset, FilterSubmit } from "../ui/data-table/filter-bar";
import { FilterSelect } from "../ui/data-table/filter-select";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters } from "../ui/data-table/use-url-filters";
import { Tabs } from "../ui/tabs";
import { useComplaintColumns } from "./complaints-columns";
import { complaintFilterParsers, complaintQueueParsers } from "./complaints-query";
import { complaintCategories, complaintTabs, type ComplaintRow } from "./types";

export const merchantComplaintHref = (row: ComplaintRow) => `/merchant/complaints/${row.id}`;
export const adminComplaintHref = (row: ComplaintRow) => `/admin/complaints/${row.id}`;

/**
 * MAL-1: the merchant's complaints by status tab (待审核 / 已成立 / 不成立 / 需补充材料), a category filter,
 * keyset "load more", cards on phones; a material request's window counts down on its row.
 */
export function ComplaintsList({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("complaint");
  const trpc = useTRPC();
  const filters = useUrlFilters(complaintFilterParsers);
  const query = useInfiniteQuery(
    trpc.complaint.merchant.list.infiniteQueryOptions(listInput(filters.values), keysetPaging),
  );
  const rows = useInfiniteRows(query);
  const columns = useComplaintColumns(serverNow, merchantComplaintHref, "merchant");
  return (
    <div className="flex flex-col gap-3">
      <Tabs
        label={t("filters.tab")}
        value={filters.values.tab}
        onValueChange={(tab) => filters.setOne("tab", tab)}
        items={complaintTabs.map((tab) => ({ value: tab, label: t(`tabs.${tab}`) }))}
        controls="complaints"
      />
      <FilterBar filters={filters}>
        <FilterSelect
          filters={filters}
          name="category"
          label={t("filters.category")}
          allLabel={t("filters.allCategories")}
          options={complaintCategories.map((v) => ({ value: v, label: t(`categories.${v}`) }))}
        />
        <FilterSubmit />
        <FilterReset filters={filters} />
      </FilterBar>
      <div id="complaints">
        <DataTable
          columns={columns}
          rows={rows}
          getRowId={(row) => row.id}
          query={query}
          emptyText={t("list.empty")}
          rowHref={merchantComplaintHref}
          rowAttributes={(row, place) => ({
            "data-testid": place === "table" ? "complaint-row" : "complaint-card",
            "data-status": row.status,
          })}
        />
      </div>
    </div>
  );
}

/** MAL-2: the admins' review queue, oldest first, each row with its review countdown. */
export function ComplaintQueue({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("complaint");
  const trpc = useTRPC();
  const filters = useUrlFilters(complaintQueueParsers);
  const query = useInfiniteQuery(
    trpc.complaint.admin.queue.infiniteQueryOptions(listInput(filters.values), keysetPaging),
  );
  const rows = useInfiniteRows(query);
  const columns = useComplaintColumns(serverNow, adminComplaintHref, "admin");
  return (
    <div className="flex flex-col gap-3">
      <FilterBar filters={filters}>
        <FilterSelect
          filters={filters}
          name="category"
          label={t("filters.category")}
          allLabel={t("filters.allCategories")}
          options={complaintCategories.map((v) => ({ value: v, label: t(`categories.${v}`) }))}
        />
        <FilterSubmit />
        <FilterReset filters={filters} />
      </FilterBar>
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        query={query}
        emptyText={t("admin.empty")}
        rowHref={adminComplaintHref}
        rowAttributes={(row, place) => ({
          "data-testid": place === "table" ? "complaint-queue-row" : "complaint-queue-card",
          "data-status": row.status,
        })}
      />
    </div>
  );
}
