import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ShopMetricsTable } from "@/app/_components/metrics/shop-metrics-table";
import { parseShopSort, shopSortHref } from "@/app/_components/metrics/shop-metrics-sort";
import type { SearchParams } from "@/app/_components/search-params";
import { getCaller } from "@/app/_trpc/server";

export const metadata = { title: "店铺管理" };

const PAGE_SIZE = 50;

/** MET-2: every shop with its 30-day numbers, sortable; a shop opens its dashboard and orders. */
export default async function AdminShopsPage(props: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const { sort, dir, page: asked } = parseShopSort(await props.searchParams);
  const page = Math.max(1, asked);
  const result = await (
    await getCaller()
  ).metrics.admin.shops({ sort, direction: dir, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const pageHref = (n: number) => shopSortHref("/admin/shops", { sort, dir, page: n });
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-lg font-semibold">{t("nav.shops")}</h1>
        <span className="text-xs text-gray-500">
          {t("metrics.table.count", { count: result.total })} · {t("metrics.subtitle")}
        </span>
      </div>
      <ShopMetricsTable rows={result.items} sort={sort} dir={dir} emptyText={t("metrics.table.empty")} />
      {page > 1 || result.nextOffset !== null ? (
        <nav className="flex justify-center gap-4 text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="text-blue-700 hover:underline">
              {t("metrics.table.prev")}
            </Link>
          ) : null}
          {result.nextOffset !== null ? (
            <Link href={pageHref(page + 1)} className="text-blue-700 hover:underline">
              {t("metrics.table.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
