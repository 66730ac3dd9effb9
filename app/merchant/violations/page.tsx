import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging } from "@/app/_components/ui/data-table/keyset-paging";
import { SummaryStrip } from "@/app/_components/violations/summary-strip";
import { ViolationsList } from "@/app/_components/violations/violations-list";
import { parseViolationFilters, violationsInput } from "@/app/_components/violations/violations-query";
import { getCaller, getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "违规与申诉" };

/** VIO-1/2: the shop's violation tickets with live 7-day countdowns, and its points in effect. */
export default async function MerchantViolationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("violation");
  const filters = parseViolationFilters(await searchParams, "merchant");
  const now = (await getContext()).now();
  void getQueryClient().prefetchInfiniteQuery(
    trpc.violation.merchant.list.infiniteQueryOptions(violationsInput("merchant", filters), keysetPaging),
  );
  const summary = await (await getCaller()).violation.merchant.summary();
  return (
    <HydrateClient>
      <div className="flex flex-col gap-4">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <SummaryStrip summary={summary} />
        <ViolationsList source="merchant" serverNow={now} />
      </div>
    </HydrateClient>
  );
}
