import type { MerchantDeadlineKind } from "./policies/after-sales";
import { workOrderTypes } from "./work-order";

/**
 * AS-6/INV-9: the warning queue (工单预警) lists the merchant's running deadlines — work orders and,
 * beside them, after-sales service orders with their own type. A service order is in the queue
 * while one of the merchant's own clocks runs (review AS-2, processing AS-4, repair and on-site
 * AS-3), overdue ones included (a missed repair stays overdue until it is done). Finished service
 * orders are history on the after-sales list, not in the queue's closed view.
 */
export const warningQueueTypes = [...workOrderTypes, "service_order"] as const;
export type WarningQueueType = (typeof warningQueueTypes)[number];

/** The service-order deadlines the queue shows (service_orders_queue_idx has the same list). */
export const queuedServiceDeadlineKinds = [
  "review",
  "processing",
  "repair",
  "on_site",
] as const satisfies readonly MerchantDeadlineKind[];
