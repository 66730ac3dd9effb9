import { getTranslations } from "next-intl/server";
import { InvoicesList } from "@/app/_components/invoices/invoices-list";
import { parseInvoiceFilters } from "@/app/_components/invoices/invoices-query";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "开票管理" };

/** INV-2: the merchant's invoice requests (SOP; FBP requests are the platform's). */
export default async function MerchantInvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("invoice");
  const filters = parseInvoiceFilters(await searchParams);
  void getQueryClient().prefetchInfiniteQuery(
    trpc.invoice.merchant.list.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t("manageTitle")}</h1>
      <InvoicesList source="merchant" />
    </HydrateClient>
  );
}
