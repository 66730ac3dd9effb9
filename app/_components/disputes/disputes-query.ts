import type { inferRouterOutputs } from "@trpc/server";
import { parseAsStringLiteral } from "nuqs/server";
import { disputeScenarios, disputeStatuses } from "@/server/domain/dispute";
import type { AppRouter } from "@/server/trpc/root";
import { createFilterLoader, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the server prefetch and the client island, so both build the same query key.

export const disputeFilterParsers = {
  status: parseAsStringLiteral(disputeStatuses),
  scenario: parseAsStringLiteral(disputeScenarios),
};

export type DisputeFilters = FilterValues<typeof disputeFilterParsers>;

export type DisputesSource = "consumer" | "merchant" | "admin";

/** One row of any audience's disputes list (all three share the list service). */
export type DisputeListRow = inferRouterOutputs<AppRouter>["dispute"]["admin"]["list"]["items"][number];

/** Reads the filters from the page's query. */
export const parseDisputeFilters = createFilterLoader(disputeFilterParsers);

export function disputeHref(source: DisputesSource, id: string): string {
  switch (source) {
    case "consumer":
      return `/disputes/${id}`;
    case "merchant":
      return `/merchant/disputes/${id}`;
    case "admin":
      return `/admin/disputes/${id}`;
  }
}
