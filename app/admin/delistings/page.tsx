import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format";
import { CompleteDelistingButton } from "@/app/_components/intervention/complete-delisting-button";
import { getStoredText } from "@/app/_components/system-text-server";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { getCaller } from "@/app/_trpc/server";

export const metadata = { title: "商品下架请求" };

/** WO-PDD-2: the delisting requests missing-items timeouts raised for admins. */
export default async function DelistingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("workOrder.delistings");
  const storedText = await getStoredText();
  const status = searchParamsReader(await searchParams).get("status") === "done" ? "done" : "open";
  const rows = await (await getCaller()).intervention.admin.delistings({ status });
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="text-sm text-gray-600">{t("hint")}</p>
      <div className="flex gap-2">
        {(["open", "done"] as const).map((s) => (
          <Link
            key={s}
            href={`/admin/delistings?status=${s}`}
            aria-current={status === s ? "page" : undefined}
            className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${status === s ? "bg-brand-500 text-white ring-brand-500" : "bg-white text-gray-700 ring-gray-300"}`}
          >
            {t(s)}
          </Link>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white py-12 text-center text-sm text-gray-500">
          {t("empty")}
        </p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm">
              <span className="font-medium">{r.shopName}</span>
              <span className="font-mono text-gray-600">{r.orderNo}</span>
              <span className="min-w-0 flex-1 text-gray-700">{storedText(r.reasonMessage, r.reason)}</span>
              <span className="text-xs text-gray-500 tabular-nums">
                {t("createdAt")} {formatDateTime(r.createdAt, r.timeZone)}
                {r.handledAt ? ` · ${t("handledAt")} ${formatDateTime(r.handledAt, r.timeZone)}` : ""}
              </span>
              <Link href={`/admin/work-orders/${r.workOrderId}`} className="text-blue-700 hover:underline">
                {t("workOrder")}
              </Link>
              {r.status === "open" ? <CompleteDelistingButton delistingRequestId={r.id} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
