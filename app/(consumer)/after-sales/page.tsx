import { getTranslations } from "next-intl/server";
import { MyServiceOrders } from "@/app/_components/after-sales/my-service-orders";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "我的售后" };

/** 我的售后: the consumer's service orders. */
export default async function MyAfterSalesPage() {
  const t = await getTranslations("afterSales");
  const now = (await getContext()).now();
  void getQueryClient().prefetchInfiniteQuery(
    trpc.afterSales.consumer.list.infiniteQueryOptions(listInput({}), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t("myTitle")}</h1>
      <MyServiceOrders serverNow={now} />
    </HydrateClient>
  );
}
