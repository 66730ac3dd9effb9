import { isOrderStatus, type OrderStatus } from "@/server/domain/order";

// Shared by the server prefetch and the client island, so both build the same query key.

export interface OrderFilters {
  status?: OrderStatus;
  from?: string;
  to?: string;
  orderNo?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the order-list filters from the URL (so they survive reloads and can be shared). */
export function parseOrderFilters(params: { get(name: string): string | null }): OrderFilters {
  const status = params.get("status") ?? "";
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const orderNo = params.get("orderNo")?.trim() ?? "";
  return {
    status: isOrderStatus(status) ? status : undefined,
    from: DAY.test(from) ? from : undefined,
    to: DAY.test(to) ? to : undefined,
    orderNo: orderNo ? orderNo.slice(0, 40) : undefined,
  };
}

export const ORDERS_PAGE_SIZE = 20;

export function ordersInput(filters: OrderFilters) {
  return { ...filters, limit: ORDERS_PAGE_SIZE };
}

export const ordersPaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };
