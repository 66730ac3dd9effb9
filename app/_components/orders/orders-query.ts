import { parseAsStringLiteral } from "nuqs/server";
import { orderStatuses } from "@/server/domain/order";
import { createFilterLoader, parseAsDay, parseAsSearchText, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the server prefetch and the client island, so both build the same query key.

export const orderFilterParsers = {
  status: parseAsStringLiteral(orderStatuses),
  from: parseAsDay,
  to: parseAsDay,
  orderNo: parseAsSearchText(40),
};

export type OrderFilters = FilterValues<typeof orderFilterParsers>;

/** Reads the order-list filters from the page's query (so they survive reloads and can be shared). */
export const parseOrderFilters = createFilterLoader(orderFilterParsers);
