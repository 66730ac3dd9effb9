import { getTranslations } from "next-intl/server";
import { OrdersList } from "@/app/_components/orders/orders-list";
import { ordersInput, ordersPaging, parseOrderFilters } from "@/app/_components/orders/orders-query";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "我的订单" };

export default async function ConsumerOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("nav");
  const filters = parseOrderFilters(searchParamsReader(await searchParams));
  void getQueryClient().prefetchInfiniteQuery(trpc.consumer.orders.infiniteQueryOptions(ordersInput(filters), ordersPaging));
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t("myOrders")}</h1>
      <OrdersList source={{ kind: "consumer" }} />
    </HydrateClient>
  );
}
