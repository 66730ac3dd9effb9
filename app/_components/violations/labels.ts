import { useLocale, useTranslations } from "next-intl";
import { localizedReason } from "@/server/domain/policies/violation-rules";

/** A rule's name in the reader's language, with its ID; unknown rules show their ID. */
export function useRuleLabel() {
  const t = useTranslations("violation");
  return (rule: string): string => (t.has(`rules.${rule}`) ? t("ruleWithId", { label: t(`rules.${rule}`), rule }) : rule);
}

/** A ticket's reason in the reader's language where it is the policy's own words (system-raised tickets). */
export function useReasonText() {
  const locale = useLocale();
  return (reason: string): string => localizedReason(reason, locale);
}
