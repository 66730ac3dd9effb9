import { getTranslations } from "next-intl/server";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { DisputesList } from "./disputes-list";
import { disputesInput, disputesPaging, parseDisputeFilters, type DisputesSource } from "./disputes-query";

const titles = { consumer: "nav.mine", merchant: "nav.merchant", admin: "nav.platform", queue: "nav.judgments" } as const;

/** A disputes list page for one audience: prefetched on the server, live on the client. */
export async function DisputesPage({ source, searchParams }: { source: DisputesSource; searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("dispute");
  const filters = parseDisputeFilters(searchParamsReader(await searchParams));
  const now = (await getContext()).now();
  const qc = getQueryClient();
  const input = disputesInput(source, filters);
  if (source === "consumer") void qc.prefetchInfiniteQuery(trpc.dispute.consumer.list.infiniteQueryOptions(input, disputesPaging));
  if (source === "merchant") void qc.prefetchInfiniteQuery(trpc.dispute.merchant.list.infiniteQueryOptions(input, disputesPaging));
  if (source === "admin") void qc.prefetchInfiniteQuery(trpc.dispute.admin.list.infiniteQueryOptions(input, disputesPaging));
  if (source === "queue") void qc.prefetchInfiniteQuery(trpc.dispute.admin.judgmentQueue.infiniteQueryOptions(input, disputesPaging));
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t(titles[source])}</h1>
      <DisputesList source={source} serverNow={now} />
    </HydrateClient>
  );
}
