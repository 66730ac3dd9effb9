import { caseTypes, platformStages, waitingBuckets, type CaseKind, type CaseType, type PlatformStage, type WaitingBucket } from "@/server/domain/policies/platform-deadlines";
import { marketplaceStyles, type MarketplaceStyle } from "@/server/domain/shop";

// Shared by the server prefetch and the client island, so both build the same query key.

export interface QueueFilters {
  type?: CaseType;
  stage?: PlatformStage;
  shopId?: string;
  style?: MarketplaceStyle;
  waiting?: WaitingBucket;
}

const pickOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((v) => v === value);

export function parseQueueFilters(params: { get(name: string): string | null }): QueueFilters {
  const shopId = params.get("shop");
  return {
    type: pickOf(caseTypes, params.get("type")),
    stage: pickOf(platformStages, params.get("stage")),
    shopId: shopId && /^[0-9a-f-]{36}$/i.test(shopId) ? shopId : undefined,
    style: pickOf(marketplaceStyles, params.get("style")),
    waiting: pickOf(waitingBuckets, params.get("waiting")),
  };
}

/** The URL query of a filter set (the page keeps its filters in the address bar). */
export function queueSearch(filters: QueueFilters): string {
  const qs = new URLSearchParams();
  if (filters.type) qs.set("type", filters.type);
  if (filters.stage) qs.set("stage", filters.stage);
  if (filters.shopId) qs.set("shop", filters.shopId);
  if (filters.style) qs.set("style", filters.style);
  if (filters.waiting) qs.set("waiting", filters.waiting);
  return qs.toString();
}

export const QUEUE_PAGE_SIZE = 20;

export function queueInput(filters: QueueFilters) {
  return { ...filters, limit: QUEUE_PAGE_SIZE };
}

export const queuePaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };

export function caseHref(kind: CaseKind, id: string): string {
  return `/admin/adjudication/${kind}/${id}`;
}
