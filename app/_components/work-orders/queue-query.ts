import { urgencyTiers, type UrgencyTier } from "@/server/domain/deadlines";
import { workOrderStatuses, workOrderTypes, type WorkOrderStatus, type WorkOrderType } from "@/server/domain/work-order";

// Shared by the server prefetch and the client island, so both build the same query key.

export interface QueueFilters {
  view: "active" | "closed";
  type?: WorkOrderType;
  status?: WorkOrderStatus;
  urgency?: UrgencyTier;
  orderNo?: string;
  /** Part of the consumer's name. */
  consumer?: string;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the queue filters from the URL, so they survive reloads and can be shared. */
export function parseQueueFilters(params: { get(name: string): string | null }): QueueFilters {
  const view = params.get("view") === "closed" ? "closed" : "active";
  const orderNo = params.get("orderNo")?.trim().slice(0, 40);
  const consumer = params.get("consumer")?.trim().slice(0, 40);
  return {
    view,
    type: oneOf(workOrderTypes, params.get("type")),
    status: oneOf(workOrderStatuses, params.get("status")),
    urgency: view === "active" ? oneOf(urgencyTiers, params.get("urgency")) : undefined,
    orderNo: orderNo || undefined,
    consumer: consumer || undefined,
  };
}

export const QUEUE_PAGE_SIZE = 20;

export function queueInput(filters: QueueFilters) {
  return { ...filters, limit: QUEUE_PAGE_SIZE };
}

/** The CSV export of the same filtered view (GET /api/exports/work-orders). */
export function queueExportHref(filters: QueueFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `/api/exports/work-orders?${query.toString()}`;
}

export const queuePaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };

/** Statuses that make sense as a filter in each view. */
export const statusesOf = {
  active: ["open", "promised"],
  closed: ["resolved", "expired", "broken"],
} as const satisfies Record<QueueFilters["view"], readonly WorkOrderStatus[]>;
