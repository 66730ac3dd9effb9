import { getTranslations } from "next-intl/server";
import { ComplaintQueue } from "@/app/_components/complaints/complaints-list";
import { parseComplaintQueueFilters } from "@/app/_components/complaints/complaints-query";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "投诉审核" };

/** MAL-2: complaints waiting for review, oldest first, each with its review countdown. */
export default async function AdminComplaintsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("complaint.admin");
  const filters = parseComplaintQueueFilters(await searchParams);
  const now = (await getContext()).now();
  void getQueryClient().prefetchInfiniteQuery(
    trpc.complaint.admin.queue.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="mb-1 text-lg font-semibold">{t("title")}</h1>
      <p className="mb-3 text-sm text-gray-600">{t("hint")}</p>
      <ComplaintQueue serverNow={now} />
    </HydrateClient>
  );
}
