import { getLocale, getTranslations } from "next-intl/server";
import type { SystemText } from "@/server/domain/system-text";
import { renderStoredText } from "./system-text";

/** `renderStoredText` in the reader's language, for server components. */
export async function getStoredText(): Promise<
  (message: SystemText | null | undefined, text?: string | null) => string
> {
  const t = await getTranslations("systemText");
  const locale = await getLocale();
  return (message, text) => renderStoredText((code, values) => t(code, values), locale, message, text);
}
