import { getTranslations } from "next-intl/server";
import { OrdersList } from "@/app/_components/orders/orders-list";
import { ordersInput, ordersPaging, parseOrderFilters } from "@/app/_components/orders/orders-query";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";

export const metadata = { title: "订单管理" };

export default async function MerchantOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("nav");
  const filters = parseOrderFilters(searchParamsReader(await searchParams));
  void getQueryClient().prefetchInfiniteQuery(trpc.merchant.orders.infiniteQueryOptions(ordersInput(filters), ordersPaging));
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t("orders")}</h1>
      <OrdersList source={{ kind: "merchant" }} />
    </HydrateClient>
  );
}
