import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDateTime, formatFen } from "@/app/_components/format";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { Badge } from "@/app/_components/ui/badge";
import { getCaller } from "@/app/_trpc/server";

export const metadata = { title: "二审与判责工单" };

/** WO-TM-4/5, WO-PDD-1/2: work orders waiting for the platform, oldest first. */
export default async function PlatformCasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("workOrder");
  const params = searchParamsReader(await searchParams);
  const status = params.get("status") === "reviewing" ? "reviewing" : params.get("status") === "judging" ? "judging" : undefined;
  const cursor = params.get("cursor") ?? undefined;
  const page = await (await getCaller()).intervention.admin.cases({ status, cursor, limit: 50 });
  const tab = (value: "reviewing" | "judging" | undefined, label: string) => (
    <Link
      href={value ? `/admin/platform-cases?status=${value}` : "/admin/platform-cases"}
      aria-current={status === value ? "page" : undefined}
      className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${status === value ? "bg-brand-500 text-white ring-brand-500" : "bg-white text-gray-700 ring-gray-300"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-lg font-semibold">{t("platformCases.title")}</h1>
      <p className="text-sm text-gray-600">{t("platformCases.hint")}</p>
      <div className="flex flex-wrap gap-2">
        {tab(undefined, t("platformCases.all"))}
        {tab("reviewing", t("statuses.reviewing"))}
        {tab("judging", t("statuses.judging"))}
      </div>
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white py-12 text-center text-sm text-gray-500">{t("platformCases.empty")}</p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
          {page.items.map((c) => (
            <li key={c.id}>
              <Link href={`/admin/work-orders/${c.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-gray-50">
                <span className="font-medium">{t(`types.${c.type}`)}</span>
                <Badge tone={c.status === "reviewing" ? "amber" : "purple"}>{t(`statuses.${c.status}`)}</Badge>
                <span className="font-mono text-sm text-gray-600">{c.orderNo}</span>
                <span className="text-sm text-gray-600">
                  {c.shopName} · {c.consumerName}
                </span>
                <span className="text-sm tabular-nums">{formatFen(c.amountFen)}</span>
                <span className="ml-auto text-xs text-gray-500 tabular-nums">{formatDateTime(c.openedAt, c.timeZone)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <Link href={`/admin/platform-cases?${new URLSearchParams({ ...(status ? { status } : {}), cursor: page.nextCursor }).toString()}`} className="self-center text-sm text-blue-700 hover:underline">
          {t("platformCases.next")}
        </Link>
      ) : null}
    </div>
  );
}
