import { getTranslations } from "next-intl/server";
import { AdjudicationQueue } from "@/app/_components/adjudication/queue";
import { parseQueueFilters, queueInput, queuePaging } from "@/app/_components/adjudication/queue-query";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "裁决台" };

/** Issue 6 (DSP-5, WO-TM-4/5): the admin home — every case awaiting the platform, oldest first. */
export default async function AdjudicationQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("adjudication");
  const filters = parseQueueFilters(searchParamsReader(await searchParams));
  const now = (await getContext()).now();
  const qc = getQueryClient();
  void qc.prefetchInfiniteQuery(trpc.adjudication.queue.infiniteQueryOptions(queueInput(filters), queuePaging));
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
