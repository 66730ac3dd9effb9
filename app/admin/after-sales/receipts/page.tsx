import { getTranslations } from "next-intl/server";
import { FbpReceipts } from "@/app/_components/adjudication/fbp-receipts";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "FBP 退货收货" };

/** SHOP-1: the platform warehouse records FBP shops' returns received; review and result stay the merchant's. */
export default async function FbpReceiptsPage() {
  const t = await getTranslations("adjudication.fbpReceipts");
  void getQueryClient().prefetchInfiniteQuery(
    trpc.platformAfterSales.fbpReceipts.infiniteQueryOptions(listInput({}), keysetPaging),
  );
  return (
    <HydrateClient>
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="mb-3 text-sm text-gray-500">{t("hint")}</p>
      <FbpReceipts />
    </HydrateClient>
  );
}
