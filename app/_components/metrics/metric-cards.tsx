import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { localized } from "@/app/_components/disputes/localized";
import { formatFen } from "@/app/_components/format";
import { metricDefinition, type MetricKey } from "@/server/domain/metrics";
import type { ShopMetrics } from "@/server/services/metrics/shop-metrics";
import { formatRate } from "./format";

/** The dispute rate's name: Tmall-style shops call it the platform dispute rate (WO-TM-5). */
export function disputeRateLabelKey(metrics: Pick<ShopMetrics, "disputeRate">): "dispute_rate" | "dispute_rate_tmall" {
  return metrics.disputeRate.workOrdersCounted ? "dispute_rate_tmall" : "dispute_rate";
}

function MetricCard(props: {
  testId: MetricKey;
  label: string;
  value: string;
  unit?: string;
  details: ReactNode;
  definition: string;
  tone?: "red" | "gray";
}) {
  const t = useTranslations("metrics");
  return (
    <section
      data-testid={`metric-${props.testId}`}
      className="flex flex-col gap-1 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <h3 className="text-sm font-medium text-gray-600">{props.label}</h3>
      <p className={`text-2xl font-semibold tabular-nums ${props.tone === "red" ? "text-red-600" : "text-gray-900"}`}>
        <span data-testid="metric-value">{props.value}</span>
        {props.unit ? <span className="ml-1 text-sm font-normal text-gray-500">{props.unit}</span> : null}
      </p>
      <div className="text-xs text-gray-600 tabular-nums">{props.details}</div>
      <p className="mt-auto border-t border-gray-100 pt-2 text-xs leading-relaxed text-gray-500">
        {t.rich("definitionWith", {
          text: props.definition,
          b: (chunks) => <span className="font-medium text-gray-600">{chunks}</span>,
        })}
      </p>
    </section>
  );
}

/** MET-1: the numbers, each with its counts and its definition beside it. */
export function MetricCards({ metrics }: { metrics: ShopMetrics }) {
  const t = useTranslations("metrics");
  const locale = useLocale();
  const style = metrics.shop.marketplaceStyle;
  const def = (key: MetricKey) => localized(metricDefinition(key, style), locale);
  const { disputeRate: dr, disputeRefundRate: rr, onTimeReplyRate: ot, penaltyPoints: pp } = metrics;
  const judged = dr.judgedDisputes + (dr.workOrdersCounted ? dr.judgedWorkOrders : 0);
  return (
    <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
      <MetricCard
        testId="dispute_rate"
        label={t(`labels.${disputeRateLabelKey(metrics)}`)}
        value={formatRate(dr.value)}
        details={
          dr.workOrdersCounted
            ? t("counts.disputeRateWithWorkOrders", { judged, workOrders: dr.judgedWorkOrders, paid: dr.paidOrders })
            : t("counts.disputeRate", { judged, paid: dr.paidOrders })
        }
        definition={def("dispute_rate")}
      />
      <MetricCard
        testId="dispute_refund_rate"
        label={t("labels.dispute_refund_rate")}
        value={formatRate(rr.value)}
        details={
          <>
            <div>{t("counts.refundRate", { judged: rr.judgedRefunds, all: rr.refunds })}</div>
            <div className="text-gray-500">
              {t("counts.refundAmounts", { judged: formatFen(rr.judgedRefundFen), all: formatFen(rr.refundFen) })}
            </div>
          </>
        }
        definition={def("dispute_refund_rate")}
      />
      <MetricCard
        testId="on_time_reply_rate"
        label={t("labels.on_time_reply_rate")}
        value={formatRate(ot.value)}
        details={t("counts.onTime", { onTime: ot.onTime, due: ot.due })}
        definition={def("on_time_reply_rate")}
      />
      <MetricCard
        testId="penalty_points"
        label={t("labels.penalty_points")}
        value={String(pp.effective)}
        unit={t("counts.penaltyUnit")}
        tone={pp.effective > 0 ? "red" : "gray"}
        details={
          <span className={pp.pending > 0 ? "text-amber-700" : undefined}>
            {t("counts.penaltyPending", { points: pp.pending })}
          </span>
        }
        definition={def("penalty_points")}
      />
    </div>
  );
}
