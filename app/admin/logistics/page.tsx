import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LogisticsBoard } from "@/app/_components/cancel-orders/logistics-board";
import { shipmentsInput, shipmentsPaging } from "@/app/_components/cancel-orders/logistics-query";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";
import { isDemoMode } from "@/server/demo-mode";

export const metadata = { title: "物流模拟" };

/** The demo platform-logistics adapter (DSP-CXL-4); exists in demo mode only. */
export default async function LogisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!isDemoMode()) notFound();
  const t = await getTranslations("cancelOrder.logistics");
  const orderNo = searchParamsReader(await searchParams).get("orderNo");
  void getQueryClient().prefetchInfiniteQuery(trpc.cancelOrder.admin.logistics.shipments.infiniteQueryOptions(shipmentsInput(orderNo), shipmentsPaging));
  return (
    <HydrateClient>
      <h1 className="mb-1 text-lg font-semibold">{t("title")}</h1>
      <p className="mb-3 text-sm text-gray-600">{t("hint")}</p>
      <LogisticsBoard />
    </HydrateClient>
  );
}
