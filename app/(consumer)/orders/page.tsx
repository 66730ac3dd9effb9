import { getTranslations } from "next-intl/server";
import { OrdersList } from "@/app/_components/orders/orders-list";
import { parseOrderFilters } from "@/app/_components/orders/orders-query";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "我的订单" };

export default async function ConsumerOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("nav");
  const filters = parseOrderFilters(await searchParams);
  void getQueryClient().prefetchInfiniteQuery(
    trpc.consumer.orders.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t("myOrders")}</h1>
      <OrdersList source={{ kind: "consumer" }} />
    </HydrateClient>
  );
}
