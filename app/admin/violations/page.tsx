import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging } from "@/app/_components/ui/data-table/keyset-paging";
import { ViolationsList } from "@/app/_components/violations/violations-list";
import { parseViolationFilters, violationsInput } from "@/app/_components/violations/violations-query";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "违约单管理" };

/** VIO-1: every shop's tickets, filtered by shop, status, rule and source; raise one by hand. */
export default async function AdminViolationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("violation");
  const filters = parseViolationFilters(await searchParams, "admin");
  const now = (await getContext()).now();
  const qc = getQueryClient();
  void qc.prefetchInfiniteQuery(
    trpc.violation.admin.list.infiniteQueryOptions(violationsInput("admin", filters), keysetPaging),
  );
  void qc.prefetchQuery(trpc.admin.shops.queryOptions());
  return (
    <HydrateClient>
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-lg font-semibold">{t("adminTitle")}</h1>
          <Link
            href={filters.shopId ? `/admin/violations/new?shopId=${filters.shopId}` : "/admin/violations/new"}
            className="inline-flex items-center gap-1.5 rounded-md bg-brand-500 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
          >
            <Plus className="size-4" aria-hidden />
            {t("raise.open")}
          </Link>
        </div>
        <ViolationsList source="admin" serverNow={now} />
      </div>
    </HydrateClient>
  );
}
