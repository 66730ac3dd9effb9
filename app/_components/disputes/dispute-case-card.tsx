import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { formatDateTime, formatFen } from "../format";
import { Card } from "../ui/card";
import { localized } from "./localized";

/** The case: claim, order, invoice request, who answers and under which rules (ROL-1). */
export function DisputeCaseCard({
  detail,
  orderHref,
  invoiceHref,
}: {
  detail: DisputeDetail;
  orderHref?: string;
  invoiceHref?: string;
}) {
  const t = useTranslations("dispute");
  const locale = useLocale();
  const { dispute, order, invoice, policy } = detail;
  const tz = order.timeZone;
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="text-gray-500">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </>
  );
  return (
    <Card title={t("case.title")}>
      <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
        <span className="font-medium">{t("case.claim")}:</span> {dispute.claim}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {row(
          t("case.order"),
          orderHref ? (
            <a href={orderHref} className="font-mono text-blue-700 hover:underline">
              {order.orderNo}
            </a>
          ) : (
            <span className="font-mono">{order.orderNo}</span>
          ),
        )}
        {row(t("case.amount"), <span className="tabular-nums">{formatFen(order.amountFen)}</span>)}
        {row(t("case.shop"), order.shopName)}
        {detail.viewer === "consumer" ? null : row(t("case.consumer"), order.consumerName)}
        {row(t("case.openedAt"), <span className="tabular-nums">{formatDateTime(dispute.openedAt, tz)}</span>)}
        {row(t("case.responsible"), t(`parties.${dispute.responsibleParty}`))}
        {row(
          t("case.policy"),
          t("case.policyVersion", { name: localized(policy.name, locale), version: policy.version }),
        )}
      </dl>
      {invoice ? (
        <div className="mt-4 border-t border-gray-100 pt-3">
          <h3 className="mb-2 flex items-center justify-between text-sm font-semibold text-gray-800">
            {t("case.invoice")}
            {invoiceHref ? (
              <a href={invoiceHref} className="text-xs font-normal text-blue-700 hover:underline">
                {t("case.viewInvoice")}
              </a>
            ) : null}
          </h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            {row(t("case.invoiceTitle"), invoice.title)}
            {row(t("case.invoiceType"), t(`case.invoiceTypes.${invoice.invoiceType}`))}
            {row(t("case.invoiceStatus"), t(`case.invoiceStatuses.${invoice.status}`))}
            {row(
              t("case.requestedAt"),
              <span className="tabular-nums">{formatDateTime(invoice.requestedAt, tz)}</span>,
            )}
            {invoice.refuseReason ? row(t("case.refuseReason"), invoice.refuseReason) : null}
            {invoice.invoiceNo
              ? row(t("case.invoiceNo"), <span className="font-mono">{invoice.invoiceNo}</span>)
              : null}
          </dl>
        </div>
      ) : null}
    </Card>
  );
}
