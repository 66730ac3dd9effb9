import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format";
import { RetryStuckButton } from "@/app/_components/sweep/retry-stuck-button";
import { getCaller } from "@/app/_trpc/server";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { STUCK_AFTER_ATTEMPTS, STUCK_LIST_LIMIT } from "@/server/domain/sweep-retry";
import type { StuckDeadline } from "@/server/services/sweep/list-stuck-deadlines";

export const metadata = { title: "期限执行异常" };

/** Where an admin opens the record a stuck deadline belongs to. */
function recordHref(row: StuckDeadline): string | null {
  switch (row.recordType) {
    case "work_order":
      return `/admin/work-orders/${row.recordId}`;
    case "dispute":
      return `/admin/disputes/${row.recordId}`;
    case "violation":
      return `/admin/violations/${row.recordId}`;
    case "cancel_order":
      return row.order ? `/admin/shops/${row.order.shopId}/orders/${row.order.orderId}` : null;
    default:
      return null;
  }
}

/** Deadlines the sweeper keeps failing to apply: what failed, how often, why, and a retry. */
export default async function StuckDeadlinesPage() {
  const t = await getTranslations("clock.stuck");
  const rows = await (await getCaller()).sweep.stuck();
  const when = (d: Date) => formatDateTime(d, DEFAULT_TIME_ZONE);
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="text-sm text-gray-600">{t("hint", { attempts: STUCK_AFTER_ATTEMPTS })}</p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white py-12 text-center text-sm text-gray-500">
          {t("empty")}
        </p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white" aria-label={t("title")}>
          {rows.map((r) => {
            const href = recordHref(r);
            const label = `${t(`recordTypes.${r.recordType}`)} ${r.recordId}`;
            return (
              <li
                key={`${r.task}:${r.recordId}`}
                className="flex flex-col gap-2 px-4 py-3 text-sm"
                data-testid="stuck-deadline"
              >
                <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                  <span className="font-mono font-medium">{r.task}</span>
                  {href ? (
                    <Link href={href} className="font-mono text-blue-700 hover:underline">
                      {label}
                    </Link>
                  ) : (
                    <span className="font-mono text-gray-700">{label}</span>
                  )}
                  <span className="ml-auto">
                    <RetryStuckButton task={r.task} recordId={r.recordId} label={label} />
                  </span>
                </div>
                <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-xs text-gray-600 tabular-nums sm:grid-cols-4">
                  <div>
                    <dt className="text-gray-500">{t("attempts")}</dt>
                    <dd className="font-medium text-red-700">{r.attempts}</dd>
                  </div>
                  <div>
                    <dt className="text-gray-500">{t("firstFailedAt")}</dt>
                    <dd>{when(r.firstFailedAt)}</dd>
                  </div>
                  <div>
                    <dt className="text-gray-500">{t("lastFailedAt")}</dt>
                    <dd>{when(r.lastFailedAt)}</dd>
                  </div>
                  <div>
                    <dt className="text-gray-500">{t("nextAttemptAt")}</dt>
                    <dd>{when(r.nextAttemptAt)}</dd>
                  </div>
                </dl>
                <details>
                  <summary className="cursor-pointer text-xs text-gray-600">
                    <span className="text-gray-500">{t("error")}:</span>{" "}
                    <span className="font-mono text-red-700">{r.lastError.split("\n", 1)[0]}</span>
                  </summary>
                  <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-gray-50 p-2 text-xs text-gray-800">
                    {r.lastError}
                  </pre>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length >= STUCK_LIST_LIMIT ? (
        <p className="text-xs text-gray-500">{t("limit", { limit: STUCK_LIST_LIMIT })}</p>
      ) : null}
    </div>
  );
}
