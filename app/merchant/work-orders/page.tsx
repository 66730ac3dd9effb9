import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { parseQueueFilters } from "@/app/_components/work-orders/queue-query";
import { WarningQueue } from "@/app/_components/work-orders/warning-queue";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "工单预警" };

export default async function MerchantWorkOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("workOrder");
  const filters = parseQueueFilters(await searchParams);
  void getQueryClient().prefetchInfiniteQuery(
    trpc.workOrder.merchant.queue.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="mb-3 text-lg font-semibold">{t("title")}</h1>
      <WarningQueue audience="merchant" />
    </HydrateClient>
  );
}
