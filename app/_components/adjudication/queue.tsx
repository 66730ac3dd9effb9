"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { DataTable } from "../ui/data-table/data-table";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters } from "../ui/data-table/use-url-filters";
import { useAdjudicationColumns } from "./queue-columns";
import { QueueFiltersBar } from "./queue-filters";
import { caseHref, queueFilterParsers, queueFilterUrlKeys } from "./queue-query";

/**
 * The one queue of everything awaiting the platform, oldest first, filters in the URL,
 * each row with how long it has waited and the platform's own deadline (live countdown).
 * A table from `md:` up, cards below.
 */
export function AdjudicationQueue({ serverNow }: { serverNow: Date }) {
  const t = useTranslations("adjudication");
  const trpc = useTRPC();
  const filters = useUrlFilters(queueFilterParsers, { urlKeys: queueFilterUrlKeys });
  const query = useInfiniteQuery(trpc.adjudication.queue.infiniteQueryOptions(listInput(filters.values), keysetPaging));
  const rows = useInfiniteRows(query);
  const columns = useAdjudicationColumns(serverNow);
  return (
    <div className="flex flex-col gap-3">
      <QueueFiltersBar filters={filters} />
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(r) => `${r.kind}:${r.id}`}
        query={query}
        emptyText={filters.isFiltered() ? t("queue.emptyFiltered") : t("queue.empty")}
        sorting={{ value: [{ id: "reached", desc: false }] }}
        rowHref={(r) => caseHref(r.kind, r.id)}
        rowAttributes={(r, place) => ({
          "data-testid": place === "table" ? "adjudication-row" : "adjudication-card",
          "data-case-id": r.id,
        })}
      />
    </div>
  );
}
