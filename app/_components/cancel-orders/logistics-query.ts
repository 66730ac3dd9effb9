import { createFilterLoader, parseAsSearchText } from "../ui/data-table/url-filters";

// Shared by the server prefetch and the client island, so both build the same query key.

export const shipmentFilterParsers = { orderNo: parseAsSearchText(64) };
export const parseShipmentFilters = createFilterLoader(shipmentFilterParsers);
