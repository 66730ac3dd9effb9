"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { useTRPC } from "@/app/_trpc/client";
import type { InvoiceListRow } from "@/server/services/invoices/list-invoices-query";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import type { DataColumn } from "../ui/data-table/columns";
import { DataTable } from "../ui/data-table/data-table";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { useInfiniteRows } from "../ui/data-table/use-infinite-rows";
import { useUrlFilters } from "../ui/data-table/use-url-filters";
import { InvoiceFiltersBar } from "./invoice-filters-bar";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { invoiceFilterParsers, type InvoiceFilters } from "./invoices-query";

export type InvoicesSource = "merchant" | "admin";

const invoiceHref = (source: InvoicesSource, row: InvoiceListRow) => `/${source}/invoices/${row.id}`;

function useInvoicesQuery(source: InvoicesSource, filters: InvoiceFilters) {
  const trpc = useTRPC();
  const input = listInput(filters);
  return source === "merchant"
    ? trpc.invoice.merchant.list.infiniteQueryOptions(input, keysetPaging)
    : trpc.invoice.admin.list.infiniteQueryOptions(input, keysetPaging);
}

/** Status, supplementary, overdue and urge flags of one row. */
function RowBadges({ row }: { row: InvoiceListRow }) {
  const t = useTranslations("invoice");
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <InvoiceStatusBadge status={row.status} />
      {row.supplementary ? <Badge tone="purple">{t("supplementary")}</Badge> : null}
      {row.overdue ? (
        <span title={t("list.overdueHint")}>
          <Badge tone="amber">{t("list.overdue")}</Badge>
        </span>
      ) : null}
      {row.urgeOpen ? <Badge tone="red">{t("list.urgeOpen")}</Badge> : null}
    </span>
  );
}

/** The invoice requests, newest first; the order number opens one (the whole card on phones). */
function useInvoiceColumns(source: InvoicesSource): DataColumn<InvoiceListRow>[] {
  const t = useTranslations("invoice");
  return useMemo(() => {
    const columns: (DataColumn<InvoiceListRow> | null)[] = [
      {
        id: "orderNo",
        header: t("fields.orderNo"),
        className: "font-mono",
        cell: (r) => (
          <Link href={invoiceHref(source, r)} className="text-blue-700 hover:underline">
            {r.orderNo}
          </Link>
        ),
        cardCell: (r) => <span className="font-mono">{r.orderNo}</span>,
        card: "meta",
      },
      source === "admin" ? { id: "shop", header: t("fields.shop"), cell: (r) => r.shopName, card: "meta" } : null,
      { id: "consumer", header: t("fields.consumer"), cell: (r) => r.consumerName, card: "meta" },
      {
        id: "title",
        header: t("fields.title"),
        className: "max-w-64 truncate",
        cell: (r) => <span title={r.title}>{r.title}</span>,
        card: "title",
      },
      {
        id: "type",
        header: t("fields.type"),
        cell: (r) => t(`types.${r.invoiceType}`),
        className: "whitespace-nowrap",
        card: "meta",
      },
      { id: "status", header: t("fields.status"), cell: (r) => <RowBadges row={r} />, card: "badge" },
      {
        id: "requestedAt",
        header: t("fields.requestedAt"),
        cell: (r) => formatDateTime(r.requestedAt, r.timeZone),
        className: "whitespace-nowrap text-gray-600 tabular-nums",
        card: "meta",
      },
    ];
    return columns.filter((column) => column !== null);
  }, [t, source]);
}

/** INV-2: the invoicing party's filterable, keyset-paginated list (table on desktop, cards on phones). */
export function InvoicesList({ source }: { source: InvoicesSource }) {
  const t = useTranslations("invoice");
  const filters = useUrlFilters(invoiceFilterParsers);
  const query = useInfiniteQuery(useInvoicesQuery(source, filters.values));
  const rows = useInfiniteRows(query);
  const columns = useInvoiceColumns(source);
  return (
    <div className="flex flex-col gap-3">
      <InvoiceFiltersBar filters={filters} />
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(r) => r.id}
        query={query}
        emptyText={t("list.empty")}
        sorting={{ value: [{ id: "requestedAt", desc: true }] }}
        rowHref={(r) => invoiceHref(source, r)}
      />
    </div>
  );
}
