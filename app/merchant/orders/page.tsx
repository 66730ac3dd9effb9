import { getTranslations } from "next-intl/server";
import { OrdersList } from "@/app/_components/orders/orders-list";
import { parseOrderFilters } from "@/app/_components/orders/orders-query";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import type { SearchParams } from "@/app/_components/search-params";

export const metadata = { title: "订单管理" };

export default async function MerchantOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("nav");
  const filters = parseOrderFilters(await searchParams);
  void getQueryClient().prefetchInfiniteQuery(
    trpc.merchant.orders.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t("orders")}</h1>
      <OrdersList source={{ kind: "merchant" }} />
    </HydrateClient>
  );
}
