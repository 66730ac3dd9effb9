"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import type { InvoiceListRow } from "@/server/services/invoices/list-invoices-query";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { ListState } from "../ui/list-state";
import { InvoiceFiltersBar } from "./invoice-filters-bar";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { invoiceFiltersToQuery, invoicesInput, invoicesPaging, parseInvoiceFilters, type InvoiceFilters } from "./invoices-query";
import { LoadMore } from "../ui/load-more";

export type InvoicesSource = "merchant" | "admin";

function useInvoiceFilters(): [InvoiceFilters, (next: InvoiceFilters) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const set = (next: InvoiceFilters) => {
    const qs = invoiceFiltersToQuery(next);
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  return [parseInvoiceFilters(params), set];
}

function useInvoicesQuery(source: InvoicesSource, filters: InvoiceFilters) {
  const trpc = useTRPC();
  const input = invoicesInput(filters);
  return source === "merchant"
    ? trpc.invoice.merchant.list.infiniteQueryOptions(input, invoicesPaging)
    : trpc.invoice.admin.list.infiniteQueryOptions(input, invoicesPaging);
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

/** INV-2: the invoicing party's filterable, keyset-paginated list (table on desktop, cards on phones). */
export function InvoicesList({ source }: { source: InvoicesSource }) {
  const t = useTranslations("invoice");
  const [filters, setFilters] = useInvoiceFilters();
  const query = useInfiniteQuery(useInvoicesQuery(source, filters));
  const rows: InvoiceListRow[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  const href = (id: string) => `/${source}/invoices/${id}`;
  const showShop = source === "admin";

  return (
    <div className="flex flex-col gap-3">
      <InvoiceFiltersBar key={JSON.stringify(filters)} value={filters} onChange={setFilters} />
      <ListState status={query.status} empty={rows.length === 0} emptyText={t("list.empty")} onRetry={() => void query.refetch()}>
        <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
          <table className="w-full text-sm">
            <thead className="bg-gray-50 text-left text-xs text-gray-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("fields.orderNo")}</th>
                {showShop ? <th className="px-3 py-2 font-medium">{t("fields.shop")}</th> : null}
                <th className="px-3 py-2 font-medium">{t("fields.consumer")}</th>
                <th className="px-3 py-2 font-medium">{t("fields.title")}</th>
                <th className="px-3 py-2 font-medium">{t("fields.type")}</th>
                <th className="px-3 py-2 font-medium">{t("fields.status")}</th>
                <th className="px-3 py-2 font-medium">{t("fields.requestedAt")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-gray-50">
                  <td className="px-3 py-2 font-mono">
                    <Link href={href(r.id)} className="text-blue-700 hover:underline">
                      {r.orderNo}
                    </Link>
                  </td>
                  {showShop ? <td className="px-3 py-2">{r.shopName}</td> : null}
                  <td className="px-3 py-2">{r.consumerName}</td>
                  <td className="max-w-64 truncate px-3 py-2" title={r.title}>
                    {r.title}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{t(`types.${r.invoiceType}`)}</td>
                  <td className="px-3 py-2">
                    <RowBadges row={r} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-gray-600 tabular-nums">{formatDateTime(r.requestedAt, r.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="flex flex-col gap-2 md:hidden">
          {rows.map((r) => (
            <li key={r.id}>
              <Link href={href(r.id)} className="block rounded-lg border border-gray-200 bg-white p-3 active:bg-gray-50">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-mono text-xs text-gray-500">{r.orderNo}</span>
                  <RowBadges row={r} />
                </div>
                <p className="mt-1 truncate text-sm font-medium">{r.title}</p>
                <p className="mt-1 text-xs text-gray-500">
                  {showShop ? `${r.shopName} · ` : ""}
                  {r.consumerName} · {t(`types.${r.invoiceType}`)} · {formatDateTime(r.requestedAt, r.timeZone)}
                </p>
              </Link>
            </li>
          ))}
        </ul>
        <LoadMore query={query} />
      </ListState>
    </div>
  );
}
