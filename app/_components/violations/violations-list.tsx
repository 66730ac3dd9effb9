"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { knownViolationRules } from "@/server/domain/policies/violation-rules";
import { violationSourceTypes, violationStatuses } from "@/server/domain/violation";
import { DataTable } from "../ui/data-table/data-table";
import { FilterBar } from "../ui/data-table/filter-bar";
import { FilterSelect } from "../ui/data-table/filter-select";
import { keysetPaging } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters, type UrlFilters } from "../ui/data-table/use-url-filters";
import { useRuleLabel } from "./labels";
import { useViolationColumns } from "./violations-columns";
import {
  violationFilterParsers,
  violationFilterUrlKeys,
  violationHref,
  violationsInput,
  type ViolationsSource,
} from "./violations-query";

type ViolationUrlFilters = UrlFilters<typeof violationFilterParsers>;

/** The platform's extra filters: shop, rule, source. */
function AdminFilters({ filters }: { filters: ViolationUrlFilters }) {
  const t = useTranslations("violation");
  const trpc = useTRPC();
  const shops = useQuery(trpc.admin.shops.queryOptions());
  const ruleLabel = useRuleLabel();
  return (
    <>
      <FilterSelect
        filters={filters}
        name="shopId"
        label={t("filters.shop")}
        allLabel={t("filters.allShops")}
        options={(shops.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />
      <FilterSelect
        filters={filters}
        name="rule"
        label={t("filters.rule")}
        allLabel={t("filters.allRules")}
        options={knownViolationRules.map((r) => ({ value: r, label: ruleLabel(r) }))}
      />
      <FilterSelect
        filters={filters}
        name="sourceType"
        label={t("filters.source")}
        allLabel={t("filters.allSources")}
        options={violationSourceTypes.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
      />
    </>
  );
}

/** VIO-1/2: violation tickets with live 7-day countdowns; filters live in the URL; tables become cards on phones. */
export function ViolationsList({ source, serverNow }: { source: ViolationsSource; serverNow: Date }) {
  const t = useTranslations("violation");
  const trpc = useTRPC();
  const filters = useUrlFilters(violationFilterParsers, { urlKeys: violationFilterUrlKeys });
  const input = violationsInput(source, filters.values);
  const query = useInfiniteQuery(
    source === "merchant"
      ? trpc.violation.merchant.list.infiniteQueryOptions(input, keysetPaging)
      : trpc.violation.admin.list.infiniteQueryOptions(input, keysetPaging),
  );
  const rows = useInfiniteRows(query);
  const columns = useViolationColumns(source, serverNow);
  return (
    <div className="flex flex-col gap-3">
      <FilterBar filters={filters}>
        <FilterSelect
          filters={filters}
          name="status"
          label={t("filters.status")}
          allLabel={t("filters.allStatuses")}
          options={violationStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          testId="violation-status-filter"
        />
        {source === "admin" ? <AdminFilters filters={filters} /> : null}
      </FilterBar>
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(v) => v.id}
        query={query}
        emptyText={t("list.empty")}
        sorting={{ value: [{ id: "raisedAt", desc: true }] }}
        rowHref={(v) => violationHref(source, v.id)}
        rowAttributes={(v, place) => ({
          "data-testid": place === "table" ? "violation-row" : "violation-card",
          "data-violation-id": v.id,
        })}
      />
    </div>
  );
}
