import type { LocalizedText } from "@/server/domain/errors";
import type { FileKind } from "@/server/domain/files";

/** Policy texts carry both languages; pick the viewer's. */
export function localized(text: LocalizedText | null | undefined, locale: string): string {
  if (!text) return "";
  return locale === "en" ? text.en : text["zh-CN"];
}

const extensions: Record<FileKind, string> = {
  pdf: ".pdf",
  ofd: ".ofd",
  jpeg: ".jpg,.jpeg",
  png: ".png",
  webp: ".webp",
};

/** An <input accept> value for the file kinds a slot takes. */
export function acceptFor(kinds: readonly FileKind[]): string {
  return kinds.map((k) => extensions[k]).join(",");
}

/**
 * A mutation error for people: server errors are already localised; input-schema errors
 * arrive as a JSON list of issues whose messages are written "中文 / English".
 */
export function errorText(error: { message: string }, locale: string): string {
  try {
    const parsed: unknown = JSON.parse(error.message);
    if (Array.isArray(parsed)) {
      const first: unknown = parsed[0];
      if (typeof first === "object" && first !== null && "message" in first && typeof first.message === "string") {
        const [zh, en] = first.message.split(" / ");
        return (locale === "en" ? en : zh) ?? first.message;
      }
    }
  } catch {
    // a plain message
  }
  return error.message;
}

/** Yuan as typed by a person ("12", "12.5", "12.50") to integer fen, or null if not a valid amount. */
export function yuanToFen(value: string): number | null {
  const v = value.trim();
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(v)) return null;
  const [whole = "0", frac = ""] = v.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}
