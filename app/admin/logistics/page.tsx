import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LogisticsBoard } from "@/app/_components/cancel-orders/logistics-board";
import { parseShipmentFilters } from "@/app/_components/cancel-orders/logistics-query";
import { ReturnParcelsBoard } from "@/app/_components/cancel-orders/return-parcels-board";
import type { SearchParams } from "@/app/_components/search-params";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { isDemoMode } from "@/server/demo-mode";

export const metadata = { title: "物流模拟" };

/** The demo platform-logistics adapter (DSP-CXL-4); exists in demo mode only. */
export default async function LogisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!isDemoMode()) notFound();
  const t = await getTranslations("cancelOrder.logistics");
  const filters = parseShipmentFilters(await searchParams);
  const queryClient = getQueryClient();
  void queryClient.prefetchInfiniteQuery(
    trpc.cancelOrder.admin.logistics.shipments.infiniteQueryOptions(listInput(filters), keysetPaging),
  );
  void queryClient.prefetchQuery(trpc.cancelOrder.admin.logistics.returnParcels.queryOptions({ limit: 20 }));
  return (
    <HydrateClient>
      <h1 className="mb-1 text-lg font-semibold">{t("title")}</h1>
      <p className="mb-3 text-sm text-gray-600">{t("hint")}</p>
      <div className="flex flex-col gap-4">
        <ReturnParcelsBoard />
        <LogisticsBoard />
      </div>
    </HydrateClient>
  );
}
