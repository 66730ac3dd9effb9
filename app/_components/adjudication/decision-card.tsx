import { useTranslations } from "next-intl";
import type { WorkOrderCase } from "@/server/services/adjudication/get-case";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";

/** WO-TM-4/5, DSP-5: the platform's decision on a work order — liable party, money, reasons, rules, who and when. */
export function DecisionCard({
  decision,
  rules,
  timeZone,
}: {
  decision: NonNullable<WorkOrderCase["decision"]>;
  rules: readonly string[];
  timeZone: string;
}) {
  const t = useTranslations("adjudication.decision");
  const td = useTranslations("dispute");
  return (
    <Card title={t("title")} actions={<span className="text-xs text-gray-500">{t("final")}</span>}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="decision">
        <dt className="text-gray-500">{t("liable")}</dt>
        <dd>
          {decision.liableParty ? (
            <Badge tone={decision.liableParty === "merchant" ? "red" : "gray"}>
              {td(`parties.${decision.liableParty}`)}
            </Badge>
          ) : (
            "—"
          )}
        </dd>
        <dt className="text-gray-500">{t("remedy")}</dt>
        <dd>
          {decision.refunds.length === 0 ? (
            <span className="text-gray-500">{t("none")}</span>
          ) : (
            <ul className="flex flex-col gap-0.5">
              {decision.refunds.map((r) => (
                <li key={r.id} className="tabular-nums">
                  {td(`judgment.refundKinds.${r.kind}`)} <span className="font-semibold">{formatFen(r.amountFen)}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="text-gray-500">{t("reason")}</dt>
        <dd className="whitespace-pre-wrap">{decision.reason}</dd>
        <dt className="text-gray-500">{t("rules")}</dt>
        <dd className="flex flex-wrap gap-1">
          {rules.map((r) => (
            <span key={r} className="rounded bg-purple-50 px-1.5 py-0.5 font-mono text-xs text-purple-800">
              {r}
            </span>
          ))}
        </dd>
        <dt className="text-gray-500">{t("decidedAt")}</dt>
        <dd className="tabular-nums">
          {formatDateTime(decision.decidedAt, timeZone)}
          {decision.decidedByName ? ` · ${decision.decidedByName}` : ""}
        </dd>
      </dl>
    </Card>
  );
}
