import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { OrdersList } from "@/app/_components/orders/orders-list";
import { ordersInput, ordersPaging, parseOrderFilters } from "@/app/_components/orders/orders-query";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { Badge } from "@/app/_components/ui/badge";
import { getCaller, getQueryClient, HydrateClient, orNotFound, trpc } from "@/app/_trpc/server";

export default async function AdminShopPage(props: { params: Promise<{ shopId: string }>; searchParams: Promise<SearchParams> }) {
  const { shopId } = await props.params;
  const t = await getTranslations();
  const shop = await orNotFound((await getCaller()).admin.shop({ shopId }));
  const filters = parseOrderFilters(searchParamsReader(await props.searchParams));
  void getQueryClient().prefetchInfiniteQuery(trpc.admin.shopOrders.infiniteQueryOptions({ ...ordersInput(filters), shopId }, ordersPaging));
  return (
    <HydrateClient>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <Link href="/admin/shops" className="text-sm text-gray-500 hover:underline">
          {t("nav.shops")} /
        </Link>
        <h1 className="text-lg font-semibold">{shop.name}</h1>
        <Badge tone={shop.businessMode === "FBP" ? "purple" : "blue"}>{t(`shop.modes.${shop.businessMode}`)}</Badge>
        <Badge>{t(`shop.styles.${shop.marketplaceStyle}`)}</Badge>
      </div>
      <OrdersList source={{ kind: "admin", shopId }} />
    </HydrateClient>
  );
}
