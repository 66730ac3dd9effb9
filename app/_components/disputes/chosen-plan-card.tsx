import { useLocale, useTranslations } from "next-intl";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { localized } from "./localized";
import { planLines } from "./outlook";
import { OutlookLines } from "./outlook-lines";

/** DSP-1: the one plan the responsible party chose, in plain words (what it means and what comes next), and the consumer's answer (DSP-2). */
export function ChosenPlanCard({ detail, serverNow }: { detail: DisputeDetail; serverNow: Date }) {
  const t = useTranslations("dispute");
  const locale = useLocale();
  const { chosenPlan: plan, dispute, order } = detail;
  if (!plan) return null;
  const evidenceCount = detail.evidence.reduce((n, g) => n + g.items.length, 0);
  const planOrder = detail.cancel?.cancelOrders.find((c) => c.id === detail.cancel?.planCancelOrderId);
  const windowDue = planOrder?.status === "logistics_pending" ? planOrder.dueAt : null;
  return (
    <Card title={t("plan.chosenTitle")}>
      <div className="flex flex-col gap-2 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={plan.kind === "settlement" ? "blue" : "purple"}>
            {plan.kind === "settlement" ? t("plan.settlementGroup") : t("plan.noFaultGroup")}
          </Badge>
          <span className="font-semibold">{localized(plan.label, locale)}</span>
        </p>
        {/* Cancel plans say what they did and do next, with amounts and instants (DSP-CXL-2..4); invoice plans use the policy's text. */}
        {windowDue ? (
          <p className="flex flex-wrap items-center gap-2 text-blue-900" data-testid="plan-window">
            {t("cancelCase.countdown")} <Countdown due={windowDue} serverNow={serverNow} timeZone={order.timeZone} />
          </p>
        ) : null}
        {detail.cancel && plan.kind === "settlement" ? (
          <OutlookLines
            lines={planLines(detail)}
            detail={detail}
            className="rounded-md bg-blue-50 px-3 py-2 text-blue-950"
            testId="plan-outlook"
          />
        ) : plan.kind === "settlement" && plan.explanation ? (
          <p className="text-gray-700">{localized(plan.explanation, locale)}</p>
        ) : null}
        {plan.kind === "no_fault" ? <p className="text-gray-700">{t("plan.noFaultExplained")}</p> : null}
        {plan.reason ? (
          <p>
            <span className="text-gray-500">{t("plan.reason")}:</span> {localized(plan.reason.label, locale)}
          </p>
        ) : null}
        {plan.date ? (
          <p>
            <span className="text-gray-500">{t("plan.dateLabel")}:</span>{" "}
            <span className="tabular-nums">{plan.date}</span>
          </p>
        ) : null}
        {plan.invoiceNo ? (
          <p>
            <span className="text-gray-500">{t("plan.invoiceLabel")}:</span>{" "}
            <span className="font-mono">{plan.invoiceNo}</span>
          </p>
        ) : null}
        {plan.note ? <p className="rounded bg-gray-50 px-2 py-1 text-gray-700">{plan.note}</p> : null}
        {plan.statement ? (
          <p className="rounded bg-gray-50 px-2 py-1 text-gray-700">
            <span className="text-gray-500">{t("plan.statementLabel")}:</span> {plan.statement}
          </p>
        ) : null}
        {detail.viewer === "consumer" && plan.kind === "no_fault" ? (
          <p className="text-xs text-gray-500">{t("plan.evidenceSubmitted", { count: evidenceCount })}</p>
        ) : null}
        {dispute.answeredAt ? (
          <p className="text-xs text-gray-500 tabular-nums">{formatDateTime(dispute.answeredAt, order.timeZone)}</p>
        ) : null}
        {dispute.consumerResponse ? (
          <div className="mt-2 border-t border-gray-100 pt-2">
            <Badge tone={dispute.consumerResponse === "rejected" ? "red" : "green"}>
              {t(`respond.responses.${dispute.consumerResponse}`)}
            </Badge>
            {dispute.rejectionReason ? (
              <p className="mt-1 rounded bg-red-50 px-2 py-1 text-red-800">
                <span className="font-medium">{t("respond.yourRejection")}:</span> {dispute.rejectionReason}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}
