import { getTranslations } from "next-intl/server";
import { AdjudicationQueue } from "@/app/_components/adjudication/queue";
import { parseQueueFilters } from "@/app/_components/adjudication/queue-query";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "裁决台" };

/** DSP-5, WO-TM-4/5: the admin home — every case awaiting the platform, oldest first. */
export default async function AdjudicationQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("adjudication");
  const filters = parseQueueFilters(await searchParams);
  const now = (await getContext()).now();
  const qc = getQueryClient();
  void qc.prefetchInfiniteQuery(trpc.adjudication.queue.infiniteQueryOptions(listInput(filters), keysetPaging));
  void qc.prefetchQuery(trpc.adjudication.shops.queryOptions());
  return (
    <HydrateClient>
      <div className="flex flex-col gap-3">
        <div>
          <h1 className="text-lg font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-gray-600">{t("queue.hint")}</p>
        </div>
        <AdjudicationQueue serverNow={now} />
      </div>
    </HydrateClient>
  );
}
