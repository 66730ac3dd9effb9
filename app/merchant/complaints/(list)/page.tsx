import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { parseComplaintFilters } from "@/app/_components/complaints/complaints-query";
import { ComplaintsList } from "@/app/_components/complaints/complaints-list";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "恶意行为投诉" };

/** MAL-1: the merchant's 恶意行为投诉 by status tab, and the way to file one. */
export default async function MerchantComplaintsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("complaint");
  const filters = parseComplaintFilters(await searchParams);
  const now = (await getContext()).now();
  void getQueryClient().prefetchInfiniteQuery(
    trpc.complaint.merchant.list.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  return (
    <HydrateClient>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="mb-1 text-lg font-semibold">{t("title")}</h1>
          <p className="text-sm text-gray-600">{t("hint")}</p>
        </div>
        <Link
          href="/merchant/complaints/new"
          className="inline-flex items-center rounded-md bg-brand-500 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600"
        >
          {t("fileNew")}
        </Link>
      </div>
      <ComplaintsList serverNow={now} />
    </HydrateClient>
  );
}
