import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { localized } from "./localized";

/** DSP-INV-2: the urge-invoice work order's outcome, which the platform judges from, and what it implies. */
export function UrgeOutcomeCard({ detail }: { detail: DisputeDetail }) {
  const t = useTranslations("dispute.urge");
  const locale = useLocale();
  const wo = detail.urgeWorkOrder;
  if (!wo) return null;
  const tz = detail.order.timeZone;
  const bad = wo.status === "expired" || wo.status === "broken";
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="text-gray-500">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </>
  );
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-xs text-gray-500">{t("hint")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {row(t("status"), <Badge tone={bad ? "red" : "green"}>{t(`statuses.${wo.status}`)}</Badge>)}
        {row(t("resolution"), wo.resolution ? localized(wo.resolutionLabel, locale) || wo.resolution : t("noReply"))}
        {wo.dueAt ? row(t("dueAt"), <span className="tabular-nums">{formatDateTime(wo.dueAt, tz)}</span>) : null}
        {wo.repliedAt
          ? row(t("repliedAt"), <span className="tabular-nums">{formatDateTime(wo.repliedAt, tz)}</span>)
          : null}
        {wo.replyOnTime === null
          ? null
          : row(
              t("onTime"),
              <Badge tone={wo.replyOnTime ? "green" : "red"}>{wo.replyOnTime ? t("yes") : t("no")}</Badge>,
            )}
        {wo.promisedAt
          ? row(t("promisedAt"), <span className="tabular-nums">{formatDateTime(wo.promisedAt, tz)}</span>)
          : null}
        {wo.invoiceNo ? row(t("invoiceNo"), <span className="font-mono">{wo.invoiceNo}</span>) : null}
        {wo.note ? row(t("note"), wo.note) : null}
      </dl>
      {wo.verdict.text ? (
        <p
          className={`mt-3 rounded-md px-3 py-2 text-sm font-medium ${bad ? "bg-red-50 text-red-800" : "bg-gray-50 text-gray-800"}`}
          data-testid="urge-verdict"
        >
          <span className="mr-1 text-xs font-normal text-gray-500">{t("verdict")}:</span>
          {localized(wo.verdict.text, locale)}
        </p>
      ) : null}
    </Card>
  );
}
