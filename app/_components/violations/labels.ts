import { useLocale, useTranslations } from "next-intl";
import { localizedReason } from "@/server/domain/policies/violation-rules";
import type { SystemText } from "@/server/domain/system-text";
import { useStoredText } from "../system-text";

/** A rule's name in the reader's language, with its ID; unknown rules show their ID. */
export function useRuleLabel() {
  const t = useTranslations("violation");
  return (rule: string): string =>
    t.has(`rules.${rule}`) ? t("ruleWithId", { label: t(`rules.${rule}`), rule }) : rule;
}

/**
 * A ticket's reason in the reader's language: a system text by its code (with an admin's typed
 * grounds after it), an admin's own words as typed, and tickets written before codes through the
 * policy's words they stored.
 */
export function useReasonText() {
  const locale = useLocale();
  const stored = useStoredText();
  return (reason: string | null, message?: SystemText | null): string =>
    message ? stored(message, reason) : localizedReason(reason ?? "", locale);
}
