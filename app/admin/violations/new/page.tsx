import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { RaiseViolationForm } from "@/app/_components/violations/raise-form";
import { getQueryClient, HydrateClient, trpc } from "@/app/_trpc/server";

export const metadata = { title: "开具违约单" };

/** VIO-1: raise a ticket on a shop by hand. */
export default async function RaiseViolationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("violation.raise");
  const shopId = searchParamsReader(await searchParams).get("shopId") ?? undefined;
  void getQueryClient().prefetchQuery(trpc.admin.shops.queryOptions());
  return (
    <HydrateClient>
      <div className="mx-auto flex max-w-2xl flex-col gap-3">
        <Link href="/admin/violations" className="text-sm text-blue-700 hover:underline">
          ← {t("back")}
        </Link>
        <RaiseViolationForm initialShopId={shopId} />
      </div>
    </HydrateClient>
  );
}
