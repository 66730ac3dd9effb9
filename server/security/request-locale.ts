import { LOCALE_COOKIE, toLocale, type Locale } from "@/server/i18n/locale";
import { readCookie } from "@/server/request-context";

/** The language for a refusal: the app's locale cookie, else Accept-Language, else zh-CN. */
export function requestLocale(headers: Headers): Locale {
  const cookie = readCookie(headers, LOCALE_COOKIE);
  if (cookie) return toLocale(cookie);
  const first = headers.get("accept-language")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}

/** A JSON refusal `{ code, message }` that is never cached. */
export function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ code, message }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
