import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { localized } from "../disputes/localized";
import { formatDateTime } from "../format";
import { Card } from "../ui/card";

function Said({
  label,
  at,
  tz,
  children,
  tone = "gray",
}: {
  label: string;
  at?: Date | null;
  tz: string;
  children: ReactNode;
  tone?: "gray" | "red" | "amber";
}) {
  const bg = { gray: "bg-gray-50 text-gray-800", red: "bg-red-50 text-red-900", amber: "bg-amber-50 text-amber-900" }[
    tone
  ];
  return (
    <div className="flex flex-col gap-0.5">
      <span className="text-xs text-gray-500">
        {label}
        {at ? <span className="ml-2 tabular-nums">{formatDateTime(at, tz)}</span> : null}
      </span>
      <p className={`rounded px-2 py-1 text-sm whitespace-pre-wrap ${bg}`}>{children}</p>
    </div>
  );
}

/**
 * What each party said, side by side — the consumer's claim and rejection (DSP-2), the
 * responsible party's plan, evidence reason and statement (DSP-1/3), or its silence (DSP-4), or
 * for an urged dispute the urge work order's reply (DSP-INV-2).
 */
export function DisputeStatements({ detail }: { detail: DisputeDetail }) {
  const t = useTranslations("adjudication.statements");
  const locale = useLocale();
  const { dispute, chosenPlan: plan, order, urgeWorkOrder: urge } = detail;
  const tz = order.timeZone;
  const responsible = dispute.responsibleParty === "platform" ? t("platform") : t("merchant");
  return (
    <Card title={t("title")}>
      <div className="grid gap-4 sm:grid-cols-2" data-testid="statements">
        <section className="flex min-w-0 flex-col gap-2">
          <h3 className="text-sm font-semibold text-blue-800">
            {t("consumer")} · {order.consumerName}
          </h3>
          <Said label={t("claim")} at={dispute.openedAt} tz={tz} tone="amber">
            {dispute.claim}
          </Said>
          {dispute.rejectionReason ? (
            <Said label={t("rejection")} at={dispute.consumerRespondedAt} tz={tz} tone="red">
              {dispute.rejectionReason}
            </Said>
          ) : null}
        </section>
        <section className="flex min-w-0 flex-col gap-2">
          <h3 className="text-sm font-semibold text-gray-800">
            {responsible} · {order.shopName}
          </h3>
          {plan ? (
            <>
              <Said label={t("plan")} at={dispute.answeredAt} tz={tz}>
                {localized(plan.label, locale)}
                {plan.reason ? ` — ${t("reason")}: ${localized(plan.reason.label, locale)}` : ""}
              </Said>
              {plan.statement ? (
                <Said label={t("statement")} tz={tz}>
                  {plan.statement}
                </Said>
              ) : null}
              {plan.note ? (
                <Said label={t("note")} tz={tz}>
                  {plan.note}
                </Said>
              ) : null}
            </>
          ) : dispute.evidenceGivenUp ? (
            <p className="rounded bg-red-50 px-2 py-1 text-sm text-red-800">{t("givenUp")}</p>
          ) : detail.policy.judgedDirectly ? (
            <>
              <p className="rounded bg-gray-50 px-2 py-1 text-sm text-gray-700">{t("judgedDirectly")}</p>
              {urge && !urge.resolution ? (
                <p className="rounded bg-red-50 px-2 py-1 text-sm text-red-800">{t("urgeNoReply")}</p>
              ) : null}
              {urge?.resolution ? (
                <Said
                  label={t("urgeReply", { resolution: localized(urge.resolutionLabel, locale) || urge.resolution })}
                  at={urge.repliedAt}
                  tz={tz}
                >
                  {urge.note ?? localized(urge.resolutionLabel, locale)}
                </Said>
              ) : null}
            </>
          ) : (
            <p className="text-sm text-gray-500">{t("noAnswer")}</p>
          )}
        </section>
      </div>
    </Card>
  );
}
