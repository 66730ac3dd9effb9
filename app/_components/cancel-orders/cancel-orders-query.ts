import { parseAsStringLiteral } from "nuqs/server";
import { cancelOrderStatuses, cancelOrigins, cancelReasons } from "@/server/domain/cancel-order";
import { createFilterLoader, parseAsSearchText, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the server prefetch and the client island, so both build the same query key.

export const cancelOrderFilterParsers = {
  status: parseAsStringLiteral(cancelOrderStatuses),
  reason: parseAsStringLiteral(cancelReasons),
  origin: parseAsStringLiteral(cancelOrigins),
  orderNo: parseAsSearchText(40),
};

export type CancelOrderFilters = FilterValues<typeof cancelOrderFilterParsers>;

/** Reads the filters from the page's query. */
export const parseCancelOrderFilters = createFilterLoader(cancelOrderFilterParsers);
