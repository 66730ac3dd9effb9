import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/app/_components/search-params";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { keysetPaging, listInput } from "../ui/data-table/keyset-paging";
import { DisputesList } from "./disputes-list";
import { parseDisputeFilters, type DisputesSource } from "./disputes-query";

const titles = { consumer: "nav.mine", merchant: "nav.merchant", admin: "nav.platform" } as const;

/** A disputes list page for one audience: prefetched on the server, live on the client. */
export async function DisputesPage({
  source,
  searchParams,
}: {
  source: DisputesSource;
  searchParams: Promise<SearchParams>;
}) {
  const t = await getTranslations("dispute");
  const filters = parseDisputeFilters(await searchParams);
  const now = (await getContext()).now();
  const qc = getQueryClient();
  const input = listInput(filters);
  if (source === "consumer")
    void qc.prefetchInfiniteQuery(trpc.dispute.consumer.list.infiniteQueryOptions(input, keysetPaging));
  if (source === "merchant")
    void qc.prefetchInfiniteQuery(trpc.dispute.merchant.list.infiniteQueryOptions(input, keysetPaging));
  if (source === "admin")
    void qc.prefetchInfiniteQuery(trpc.dispute.admin.list.infiniteQueryOptions(input, keysetPaging));
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t(titles[source])}</h1>
      <DisputesList source={source} serverNow={now} />
    </HydrateClient>
  );
}
