import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/app/_components/disputes/localized";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { urgencyTiers, type UrgencyTier } from "@/server/domain/deadlines";
import { metricDefinition, openItemKinds } from "@/server/domain/metrics";
import type { ShopMetrics } from "@/server/services/metrics/shop-metrics";

const tierTone: Record<UrgencyTier, BadgeTone> = {
  overdue: "red",
  under_2h: "red",
  under_6h: "amber",
  under_24h: "blue",
  later: "gray",
};
const tierBar: Record<UrgencyTier, string> = {
  overdue: "bg-red-500",
  under_2h: "bg-red-300",
  under_6h: "bg-amber-400",
  under_24h: "bg-blue-400",
  later: "bg-gray-300",
};

/** MET-1: what waits for the shop now, by the warning queue's urgency tiers and by kind. */
export function OpenItemsCard({ metrics }: { metrics: ShopMetrics }) {
  const t = useTranslations("metrics");
  const locale = useLocale();
  const { total, overdue, byTier } = metrics.openItems;
  const rows = urgencyTiers.map((tier) => ({
    tier,
    kinds: byTier[tier],
    count: openItemKinds.reduce((sum, k) => sum + byTier[tier][k], 0),
  }));
  const widest = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section
      data-testid="metric-open_items"
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-medium text-gray-600">{t("openItemsTitle")}</h3>
        <p className="text-sm">
          <span data-testid="metric-value" className="text-2xl font-semibold tabular-nums">
            {total}
          </span>
          {overdue > 0 ? (
            <span className="ml-2 text-red-600">{t("counts.openOverdue", { count: overdue })}</span>
          ) : null}
        </p>
      </div>
      {total === 0 ? (
        <p className="text-sm text-gray-500">{t("openItemsEmpty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {rows.map(({ tier, kinds, count }) => (
            <li
              key={tier}
              className="grid grid-cols-[7.5rem_1fr_2rem] items-center gap-2 text-sm sm:grid-cols-[10rem_1fr_2.5rem]"
            >
              <span>
                <Badge tone={tierTone[tier]}>{t(`tiers.${tier}`)}</Badge>
              </span>
              <span className="flex min-w-0 flex-col gap-0.5">
                <span className="h-2 rounded bg-gray-100">
                  <span
                    className={`block h-2 rounded ${tierBar[tier]}`}
                    style={{ width: `${(count / widest) * 100}%` }}
                  />
                </span>
                {count > 0 ? (
                  <span className="truncate text-xs text-gray-500">
                    {openItemKinds
                      .filter((k) => kinds[k] > 0)
                      .map((k) => `${t(`kinds.${k}`)} ${kinds[k]}`)
                      .join(" · ")}
                  </span>
                ) : null}
              </span>
              <span className="text-right font-medium tabular-nums">{count}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="border-t border-gray-100 pt-2 text-xs leading-relaxed text-gray-500">
        {t.rich("definitionWith", {
          text: localized(metricDefinition("open_items", metrics.shop.marketplaceStyle), locale),
          b: (chunks) => <span className="font-medium text-gray-600">{chunks}</span>,
        })}
      </p>
    </section>
  );
}
