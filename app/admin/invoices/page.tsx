import { getTranslations } from "next-intl/server";
import { InvoicesList } from "@/app/_components/invoices/invoices-list";
import { parseInvoiceFilters } from "@/app/_components/invoices/invoices-query";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "FBP 开票" };

/** SHOP-1: invoice requests of FBP shops, which the platform issues. */
export default async function AdminInvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("invoice");
  const filters = parseInvoiceFilters(await searchParams);
  void getQueryClient().prefetchInfiniteQuery(
    trpc.invoice.admin.list.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="mb-1 text-lg font-semibold">{t("platformTitle")}</h1>
      <p className="mb-3 text-sm text-gray-500">{t("platformHint")}</p>
      <InvoicesList source="admin" />
    </HydrateClient>
  );
}
