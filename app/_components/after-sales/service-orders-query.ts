import { parseAsStringLiteral } from "nuqs/server";
import { afterSalesReasons, serviceOrderTabs, serviceTypes } from "@/server/domain/after-sales";
import { createFilterLoader, parseAsSearchText, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the server prefetch and the client island, so both build the same query key.

/** The merchant's list: one status tab (待审核 by default), type, reason, a service or order number. */
export const serviceOrderFilterParsers = {
  tab: parseAsStringLiteral(serviceOrderTabs).withDefault("pending_review"),
  type: parseAsStringLiteral(serviceTypes),
  reason: parseAsStringLiteral(afterSalesReasons),
  search: parseAsSearchText(40),
};

export type ServiceOrderFilters = FilterValues<typeof serviceOrderFilterParsers>;

export const parseServiceOrderFilters = createFilterLoader(serviceOrderFilterParsers);
