import { getTranslations } from "next-intl/server";
import { parseCancelOrderFilters } from "@/app/_components/cancel-orders/cancel-orders-query";
import { CancelOrdersList } from "@/app/_components/cancel-orders/cancel-orders-list";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "取消订单" };

/** DSP-CXL-6: the cancel-order module. */
export default async function MerchantCancelOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("cancelOrder");
  const filters = parseCancelOrderFilters(await searchParams);
  const now = (await getContext()).now();
  const qc = getQueryClient();
  void qc.prefetchInfiniteQuery(trpc.cancelOrder.merchant.list.infiniteQueryOptions(listInput(filters), keysetPaging));
  void qc.prefetchQuery(trpc.cancelOrder.merchant.counts.queryOptions());
  return (
    <HydrateClient>
      <h1 className="mb-1 text-lg font-semibold">{t("title")}</h1>
      <p className="mb-3 text-sm text-gray-600">{t("list.hint")}</p>
      <CancelOrdersList serverNow={now} />
    </HydrateClient>
  );
}
