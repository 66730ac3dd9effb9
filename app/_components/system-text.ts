import { useLocale, useTranslations } from "next-intl";
import { paramsIn, type SystemText, type SystemTextCode } from "@/server/domain/system-text";
import { toLocale } from "@/server/i18n/locale";

/** The `systemText` namespace's translator (next-intl's `t`, or `createTranslator` in tests). */
export type SystemTextTranslator = (code: SystemTextCode, values: Record<string, string | number>) => string;

/**
 * Words for a stored text in one language: a system text by its code and parameters, with the
 * free text someone typed after it ("Forged evidence submitted: <the admin's grounds>"); text
 * without a code (a person's words, or an older row written before codes) as it was stored.
 */
export function renderStoredText(
  t: SystemTextTranslator,
  locale: string,
  message: SystemText | null | undefined,
  text: string | null | undefined,
): string {
  const typed = text?.trim() ? text : null;
  if (!message) return typed ?? "";
  const words = t(message.code, paramsIn(message.params, toLocale(locale)));
  return typed ? `${words}${toLocale(locale) === "zh-CN" ? ":" : ": "}${typed}` : words;
}

/** `renderStoredText` in the reader's language. */
export function useStoredText(): (message: SystemText | null | undefined, text?: string | null) => string {
  const t = useTranslations("systemText");
  const locale = useLocale();
  return (message, text) => renderStoredText((code, values) => t(code, values), locale, message, text);
}
