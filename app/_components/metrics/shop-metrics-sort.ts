import { createSerializer, parseAsInteger, parseAsStringLiteral } from "nuqs/server";
import { metricKeys } from "@/server/domain/metrics";
import type { ShopMetricsSortKey } from "@/server/services/metrics/list-shop-metrics";
import { createFilterLoader, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the shops page (which sorts on the server) and the table's sort buttons.

export const shopSortKeys = ["name", ...metricKeys] as const satisfies readonly ShopMetricsSortKey[];

/** ?sort=<key>&dir=asc|desc&page=<n>; by default the highest dispute rate first. */
export const shopSortParsers = {
  sort: parseAsStringLiteral(shopSortKeys).withDefault("dispute_rate"),
  dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("desc"),
  page: parseAsInteger.withDefault(1),
};

export type ShopSort = FilterValues<typeof shopSortParsers>;

export const parseShopSort = createFilterLoader(shopSortParsers);

/** The shops page for a sort and page (both always written, so a shared link says what it shows). */
export const shopSortHref = createSerializer(shopSortParsers, { clearOnDefault: false });
