import { invoiceStatuses, type InvoiceStatus } from "@/server/domain/invoice";

// Shared by the server prefetch and the client island, so both build the same query key.

export interface InvoiceFilters {
  status?: InvoiceStatus;
  overdue?: boolean;
  supplementary?: boolean;
  orderNo?: string;
}

function flag(value: string | null): boolean | undefined {
  return value === "1" ? true : value === "0" ? false : undefined;
}

/** Reads the invoice-list filters from the URL (so they survive reloads and can be shared). */
export function parseInvoiceFilters(params: { get(name: string): string | null }): InvoiceFilters {
  const status = params.get("status") ?? "";
  const orderNo = params.get("orderNo")?.trim() ?? "";
  return {
    status: invoiceStatuses.find((s) => s === status),
    overdue: flag(params.get("overdue")),
    supplementary: flag(params.get("supplementary")),
    orderNo: orderNo ? orderNo.slice(0, 40) : undefined,
  };
}

export function invoiceFiltersToQuery(filters: InvoiceFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.overdue !== undefined) query.set("overdue", filters.overdue ? "1" : "0");
  if (filters.supplementary !== undefined) query.set("supplementary", filters.supplementary ? "1" : "0");
  if (filters.orderNo) query.set("orderNo", filters.orderNo);
  return query.toString();
}

export const INVOICES_PAGE_SIZE = 20;

export function invoicesInput(filters: InvoiceFilters) {
  return { ...filters, limit: INVOICES_PAGE_SIZE };
}

export const invoicesPaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };
