import { cancelOrderStatuses, cancelOrigins, cancelReasons, type CancelOrderStatus, type CancelOrigin, type CancelReason } from "@/server/domain/cancel-order";

// Shared by the server prefetch and the client island, so both build the same query key.

export interface CancelOrderFilters {
  status?: CancelOrderStatus;
  reason?: CancelReason;
  origin?: CancelOrigin;
  orderNo?: string;
}

export function parseCancelOrderFilters(params: { get(name: string): string | null }): CancelOrderFilters {
  const status = params.get("status");
  const reason = params.get("reason");
  const origin = params.get("origin");
  const orderNo = params.get("orderNo")?.trim().slice(0, 40);
  return {
    status: cancelOrderStatuses.find((s) => s === status),
    reason: cancelReasons.find((r) => r === reason),
    origin: cancelOrigins.find((o) => o === origin),
    orderNo: orderNo || undefined,
  };
}

export function cancelOrderFiltersQuery(filters: CancelOrderFilters): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (typeof value === "string" && value) qs.set(key, value);
  return qs.toString();
}

export const CANCEL_ORDERS_PAGE_SIZE = 20;

export function cancelOrdersInput(filters: CancelOrderFilters) {
  return { ...filters, limit: CANCEL_ORDERS_PAGE_SIZE };
}

export const cancelOrdersPaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };
