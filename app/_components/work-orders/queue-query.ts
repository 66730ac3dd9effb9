import { parseAsStringLiteral } from "nuqs/server";
import { urgencyTiers } from "@/server/domain/deadlines";
import { warningQueueTypes } from "@/server/domain/warning-queue";
import { workOrderStatuses, type WorkOrderStatus } from "@/server/domain/work-order";
import { createFilterLoader, parseAsSearchText, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the server prefetch, the client island and the CSV export, so all read the URL alike.

export const queueViews = ["active", "closed"] as const;

/** The queue's URL filters: view tab, type, status, urgency tier, order number, part of the consumer's name. */
export const queueFilterParsers = {
  view: parseAsStringLiteral(queueViews).withDefault("active"),
  type: parseAsStringLiteral(warningQueueTypes),
  status: parseAsStringLiteral(workOrderStatuses),
  urgency: parseAsStringLiteral(urgencyTiers),
  orderNo: parseAsSearchText(40),
  consumer: parseAsSearchText(40),
};

export type QueueFilters = FilterValues<typeof queueFilterParsers>;

/** Urgency tiers exist only for open work; the closed view ignores one left in the URL. */
export function effectiveQueueFilters(filters: QueueFilters): QueueFilters {
  return filters.view === "active" ? filters : { ...filters, urgency: undefined };
}

const loadQueueFilters = createFilterLoader(queueFilterParsers);

/** Reads the queue filters from a URL's query (page props or a request's search params). */
export function parseQueueFilters(params: Parameters<typeof loadQueueFilters>[0]): QueueFilters {
  return effectiveQueueFilters(loadQueueFilters(params));
}

/** The CSV export of the same filtered view (GET /api/exports/work-orders). */
export function queueExportHref(filters: QueueFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `/api/exports/work-orders?${query.toString()}`;
}

/** Statuses that make sense as a filter in each view. */
export const statusesOf = {
  active: ["open", "promised"],
  closed: ["resolved", "expired", "broken"],
} as const satisfies Record<QueueFilters["view"], readonly WorkOrderStatus[]>;
