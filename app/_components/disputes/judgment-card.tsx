import { useTranslations } from "next-intl";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";

/** DSP-5: the platform's judgment and the refunds it made. */
export function JudgmentCard({ detail }: { detail: DisputeDetail }) {
  const t = useTranslations("dispute");
  const { judgment, refunds, dispute, order } = detail;
  if (!judgment) {
    if (dispute.status !== "platform_judging") return null;
    return (
      <Card title={t("judgment.title")}>
        <p className="text-sm text-gray-600">{t("judgment.pending")}</p>
      </Card>
    );
  }
  return (
    <Card title={t("judgment.title")} actions={<span className="text-xs text-gray-500">{t("judgment.final")}</span>}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-gray-500">{t("judgment.liable")}</dt>
        <dd>
          <Badge tone={judgment.liableParty === "merchant" ? "red" : "gray"}>
            {t(`parties.${judgment.liableParty}`)}
          </Badge>
        </dd>
        <dt className="text-gray-500">{t("judgment.remedy")}</dt>
        <dd>
          {t(`remedies.${judgment.remedy}`)}
          {judgment.amountFen ? (
            <span className="ml-2 font-semibold tabular-nums">{formatFen(judgment.amountFen)}</span>
          ) : null}
        </dd>
        <dt className="text-gray-500">{t("judgment.reason")}</dt>
        <dd className="whitespace-pre-wrap">{judgment.reason}</dd>
        {judgment.judgedAt ? (
          <>
            <dt className="text-gray-500">{t("judgment.judgedAt")}</dt>
            <dd className="tabular-nums">
              {formatDateTime(judgment.judgedAt, order.timeZone)}
              {judgment.judgedByName && detail.viewer === "admin" ? ` · ${judgment.judgedByName}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="mt-4 border-t border-gray-100 pt-3">
        <h3 className="mb-2 text-sm font-semibold text-gray-800">{t("judgment.refunds")}</h3>
        {refunds.length === 0 ? (
          <p className="text-sm text-gray-500">{t("judgment.noRefunds")}</p>
        ) : (
          <ul className="divide-y divide-gray-100 text-sm">
            {refunds.map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-2 py-1.5">
                <span>
                  {t(`judgment.refundKinds.${r.kind}`)}{" "}
                  <span className="text-xs text-gray-500 tabular-nums">
                    {formatDateTime(r.createdAt, order.timeZone)}
                  </span>
                </span>
                <span className="font-medium tabular-nums">{formatFen(r.amountFen)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
