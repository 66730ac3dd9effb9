import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ShopMetricsTable, type TableSort } from "@/app/_components/metrics/shop-metrics-table";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { getCaller } from "@/app/_trpc/server";
import { shopMetricsSortKeys, type ShopMetricsSortKey } from "@/server/services/metrics/list-shop-metrics";

export const metadata = { title: "店铺管理" };

const PAGE_SIZE = 50;

function parseSort(params: SearchParams): TableSort & { page: number } {
  const read = searchParamsReader(params);
  const sort = read.get("sort");
  const dir = read.get("dir");
  const page = Number(read.get("page") ?? 1);
  return {
    sort: (shopMetricsSortKeys as readonly string[]).includes(sort ?? "") ? (sort as ShopMetricsSortKey) : "dispute_rate",
    direction: dir === "asc" ? "asc" : "desc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** MET-2: every shop with its 30-day numbers, sortable; a shop opens its dashboard and orders. */
export default async function AdminShopsPage(props: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const { sort, direction, page } = parseSort(await props.searchParams);
  const result = await (await getCaller()).metrics.admin.shops({ sort, direction, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const pageHref = (n: number) => `/admin/shops?sort=${sort}&dir=${direction}&page=${n}`;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-lg font-semibold">{t("nav.shops")}</h1>
        <span className="text-xs text-gray-500">
          {t("metrics.table.count", { count: result.total })} · {t("metrics.subtitle")}
        </span>
      </div>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white py-12 text-center text-sm text-gray-500">{t("metrics.table.empty")}</p>
      ) : (
        <ShopMetricsTable rows={result.items} current={{ sort, direction }} />
      )}
      {page > 1 || result.nextOffset !== null ? (
        <nav className="flex justify-center gap-4 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)} className="text-blue-700 hover:underline">{t("metrics.table.prev")}</Link> : null}
          {result.nextOffset !== null ? <Link href={pageHref(page + 1)} className="text-blue-700 hover:underline">{t("metrics.table.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
