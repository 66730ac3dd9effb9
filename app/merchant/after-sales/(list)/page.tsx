import { getTranslations } from "next-intl/server";
import { parseServiceOrderFilters } from "@/app/_components/after-sales/service-orders-query";
import { ServiceOrdersList } from "@/app/_components/after-sales/service-orders-list";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "售后服务单" };

/** AS-1..8: the merchant's 售后服务单 by status tab, each row with its running deadline. */
export default async function MerchantAfterSalesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("afterSales");
  const filters = parseServiceOrderFilters(await searchParams);
  const now = (await getContext()).now();
  void getQueryClient().prefetchInfiniteQuery(
    trpc.afterSales.merchant.list.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="mb-1 text-lg font-semibold">{t("title")}</h1>
      <p className="mb-3 text-sm text-gray-600">{t("list.hint")}</p>
      <ServiceOrdersList serverNow={now} />
    </HydrateClient>
  );
}
