import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { MetricsDashboard } from "@/app/_components/metrics/metrics-dashboard";
import { OrdersList } from "@/app/_components/orders/orders-list";
import { parseOrderFilters } from "@/app/_components/orders/orders-query";
import type { SearchParams } from "@/app/_components/search-params";
import { Badge } from "@/app/_components/ui/badge";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getCaller, getQueryClient, HydrateClient, orNotFound, trpc } from "@/app/_trpc/server";

/** SHOP-1, MET-2: a shop's modes, its metrics dashboard and its orders. */
export default async function AdminShopPage(props: {
  params: Promise<{ shopId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { shopId } = await props.params;
  const t = await getTranslations();
  const caller = await getCaller();
  const shop = await orNotFound(caller.admin.shop({ shopId }));
  // MET-2: the same dashboard the merchant sees, for any shop.
  const [metrics, trends] = await Promise.all([
    caller.metrics.admin.dashboard({ shopId }),
    caller.metrics.admin.trends({ shopId }),
  ]);
  const filters = parseOrderFilters(await props.searchParams);
  void getQueryClient().prefetchInfiniteQuery(
    trpc.admin.shopOrders.infiniteQueryOptions({ ...listInput(filters), shopId }, keysetPaging),
  );
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
      <section className="mb-6" aria-label={t("metrics.shopPage.metrics")}>
        <MetricsDashboard metrics={metrics} trends={trends} />
      </section>
      <h2 className="mb-2 text-base font-semibold">{t("metrics.shopPage.orders")}</h2>
      <OrdersList source={{ kind: "admin", shopId }} />
    </HydrateClient>
  );
}
