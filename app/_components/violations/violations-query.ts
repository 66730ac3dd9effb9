import { parseAsStringLiteral } from "nuqs/server";
import { violationSourceTypes, violationStatuses } from "@/server/domain/violation";
import { listInput } from "../ui/data-table/keyset-paging";
import { createFilterLoader, parseAsSearchText, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the server prefetch and the client island, so both build the same query key.

/** Status for everyone; shop, rule and source for the platform. */
export const violationFilterParsers = {
  status: parseAsStringLiteral(violationStatuses),
  shopId: parseAsSearchText(64),
  rule: parseAsSearchText(32),
  sourceType: parseAsStringLiteral(violationSourceTypes),
};

/** The source filter keeps its short name in the URL. */
export const violationFilterUrlKeys = { sourceType: "source" };

export type ViolationFilters = FilterValues<typeof violationFilterParsers>;

export type ViolationsSource = "merchant" | "admin";

const loadViolationFilters = createFilterLoader(violationFilterParsers, violationFilterUrlKeys);

/** Reads the filters from the page's query; a merchant filters by status only. */
export function parseViolationFilters(
  params: Parameters<typeof loadViolationFilters>[0],
  source: ViolationsSource,
): ViolationFilters {
  const filters = loadViolationFilters(params);
  return source === "merchant"
    ? { status: filters.status, shopId: undefined, rule: undefined, sourceType: undefined }
    : filters;
}

/** A merchant's list takes the status filter only. */
export function violationsInput(source: ViolationsSource, filters: ViolationFilters) {
  return source === "merchant" ? listInput({ status: filters.status }) : listInput(filters);
}

export function violationHref(source: ViolationsSource, id: string): string {
  return source === "merchant" ? `/merchant/violations/${id}` : `/admin/violations/${id}`;
}
