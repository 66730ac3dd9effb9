import { useTranslations } from "next-intl";
import Link from "next/link";
import { violationStatuses } from "@/server/domain/violation";
import type { violationSummary } from "@/server/services/violations/list-violations";

type Summary = Awaited<ReturnType<typeof violationSummary>>;

/** The shop's standing: tickets per status (each a filter link) and the points that count (VIO-3). */
export function SummaryStrip({ summary }: { summary: Summary }) {
  const t = useTranslations("violation");
  return (
    <section aria-label={t("summary.label")} className="flex flex-col gap-2">
      <div className="grid grid-cols-3 gap-2 lg:grid-cols-6">
        {violationStatuses.map((s) => (
          <Link
            key={s}
            href={`/merchant/violations?status=${s}`}
            className="rounded-lg border border-gray-200 bg-white px-3 py-2 hover:bg-gray-50"
            data-testid={`violation-count-${s}`}
          >
            <div className="text-xs text-gray-500">{t(`statuses.${s}`)}</div>
            <div className="text-lg font-semibold tabular-nums">{summary.counts[s]}</div>
          </Link>
        ))}
        <div className="rounded-lg border border-red-200 bg-red-50 px-3 py-2" data-testid="violation-points">
          <div className="text-xs text-red-700">{t("summary.points")}</div>
          <div className="text-lg font-semibold text-red-700 tabular-nums">{summary.effectivePoints}</div>
        </div>
        <div className="rounded-lg border border-gray-200 bg-white px-3 py-2">
          <div className="text-xs text-gray-500">{t("summary.points30d")}</div>
          <div className="text-lg font-semibold tabular-nums">{summary.effectivePoints30d}</div>
        </div>
      </div>
      <p className="text-xs text-gray-500">{t("summary.pointsHint")}</p>
    </section>
  );
}
