import type { LocalizedText } from "@/server/domain/errors";

/** Policy texts carry both languages; pick the viewer's. */
export function pick(text: LocalizedText, locale: string): string {
  return locale === "en" ? text.en : text["zh-CN"];
}
