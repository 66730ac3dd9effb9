import { getTranslations } from "next-intl/server";
import { keysetPaging, listInput } from "@/app/_components/ui/data-table/keyset-paging";
import { AppealQueue } from "@/app/_components/violations/appeal-queue";
import { getContext, getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "申诉审核" };

/** VIO-3: the appeals waiting for a senior reviewer, oldest first. */
export default async function AppealsPage() {
  const t = await getTranslations("violation");
  const now = (await getContext()).now();
  void getQueryClient().prefetchInfiniteQuery(
    trpc.violation.admin.appealQueue.infiniteQueryOptions(listInput({}), keysetPaging),
  );
  return (
    <HydrateClient>
      <div className="flex flex-col gap-3">
        <h1 className="text-lg font-semibold">{t("appealsTitle")}</h1>
        <p className="text-sm text-gray-600">{t("queue.hint")}</p>
        <AppealQueue serverNow={now} />
      </div>
    </HydrateClient>
  );
}
