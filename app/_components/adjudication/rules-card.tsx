import { useLocale, useTranslations } from "next-intl";
import type { LocalizedText } from "@/server/domain/errors";
import type { RuleClause } from "@/server/domain/policies/rule-clauses";
import { Card } from "../ui/card";

const pick = (text: LocalizedText, locale: string) => (locale === "en" ? text.en : text["zh-CN"]);

/** DSP-5: the policy version the case runs under (ROL-1) and the SPEC clauses that apply to it; cited ones marked. */
export function RulesCard(props: {
  policyName: LocalizedText;
  policyVersion: number;
  clauses: RuleClause[];
  clausesVersion: number;
  cited: readonly string[];
}) {
  const t = useTranslations("adjudication.rules");
  const locale = useLocale();
  const cited = new Set(props.cited);
  return (
    <Card
      title={t("title")}
      actions={<span className="text-xs text-gray-500">{t("catalogue", { version: props.clausesVersion })}</span>}
    >
      <p className="mb-3 text-sm text-gray-700">
        {t("policy", { name: pick(props.policyName, locale), version: props.policyVersion })}
      </p>
      <ul className="flex flex-col gap-2" data-testid="rule-clauses">
        {props.clauses.map((c) => (
          <li
            key={c.id}
            className={`rounded-md border px-3 py-2 text-sm ${cited.has(c.id) ? "border-purple-300 bg-purple-50" : "border-gray-100"}`}
          >
            <span className="mr-2 inline-block rounded bg-gray-100 px-1.5 py-0.5 font-mono text-xs text-gray-700">
              {c.id}
            </span>
            {cited.has(c.id) ? <span className="mr-2 text-xs font-medium text-purple-700">{t("cited")}</span> : null}
            <span className="text-gray-700">{pick(c.text, locale)}</span>
          </li>
        ))}
      </ul>
      {cited.size === 0 ? <p className="mt-2 text-xs text-gray-500">{t("hint")}</p> : null}
    </Card>
  );
}
