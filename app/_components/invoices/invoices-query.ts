import { parseAsStringLiteral } from "nuqs/server";
import { invoiceStatuses } from "@/server/domain/invoice";
import { createFilterLoader, parseAsFlag, parseAsSearchText, type FilterValues } from "../ui/data-table/url-filters";

// Shared by the server prefetch and the client island, so both build the same query key.

export const invoiceFilterParsers = {
  status: parseAsStringLiteral(invoiceStatuses),
  overdue: parseAsFlag,
  supplementary: parseAsFlag,
  orderNo: parseAsSearchText(40),
};

export type InvoiceFilters = FilterValues<typeof invoiceFilterParsers>;

/** Reads the invoice-list filters from the page's query (so they survive reloads and can be shared). */
export const parseInvoiceFilters = createFilterLoader(invoiceFilterParsers);
