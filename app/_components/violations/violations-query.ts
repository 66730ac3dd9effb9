import { violationSourceTypes, violationStatuses, type ViolationSourceType, type ViolationStatus } from "@/server/domain/violation";

// Shared by the server prefetch and the client island, so both build the same query key.

export interface ViolationFilters {
  status?: ViolationStatus;
  /** Admin filters. */
  shopId?: string;
  rule?: string;
  sourceType?: ViolationSourceType;
}

export type ViolationsSource = "merchant" | "admin";

export function parseViolationFilters(params: { get(name: string): string | null }, source: ViolationsSource): ViolationFilters {
  const status = violationStatuses.find((s) => s === params.get("status"));
  if (source === "merchant") return { status };
  const rule = params.get("rule")?.slice(0, 32) || undefined;
  const shopId = params.get("shopId")?.slice(0, 64) || undefined;
  return { status, shopId, rule, sourceType: violationSourceTypes.find((s) => s === params.get("source")) };
}

export function filtersToSearch(filters: ViolationFilters): string {
  const qs = new URLSearchParams();
  if (filters.status) qs.set("status", filters.status);
  if (filters.shopId) qs.set("shopId", filters.shopId);
  if (filters.rule) qs.set("rule", filters.rule);
  if (filters.sourceType) qs.set("source", filters.sourceType);
  return qs.toString();
}

export const VIOLATIONS_PAGE_SIZE = 20;

export function violationsInput(source: ViolationsSource, filters: ViolationFilters) {
  return source === "merchant" ? { status: filters.status, limit: VIOLATIONS_PAGE_SIZE } : { ...filters, limit: VIOLATIONS_PAGE_SIZE };
}

export const violationsPaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };

export function violationHref(source: ViolationsSource, id: string): string {
  return source === "merchant" ? `/merchant/violations/${id}` : `/admin/violations/${id}`;
}
