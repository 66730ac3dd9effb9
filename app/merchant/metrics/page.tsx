import { getTranslations } from "next-intl/server";
import { MetricsDashboard } from "@/app/_components/metrics/metrics-dashboard";
import { getCaller } from "@/app/_trpc/server";

export const metadata = { title: "经营指标" };

/** MET-2: the merchant's own numbers (the shop comes from the session) with 90-day trends. */
export default async function MerchantMetricsPage() {
  const t = await getTranslations("metrics");
  const caller = await getCaller();
  const [metrics, trends] = await Promise.all([caller.metrics.merchant.dashboard(), caller.metrics.merchant.trends()]);
  return (
    <div className="flex flex-col gap-3">
      <div>
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="text-sm text-gray-500">{t("subtitle")}</p>
      </div>
      <MetricsDashboard metrics={metrics} trends={trends} />
    </div>
  );
}
