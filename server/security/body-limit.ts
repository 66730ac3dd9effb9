import type { Locale } from "@/server/i18n/locale";
import { refusal } from "./request-locale";

/** True when the request declares a Content-Length above `limit`. */
export function declaresTooLarge(req: Request, limit: number): boolean {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  return Number.isFinite(declared) && declared > limit;
}

/**
 * Reads the whole body once, giving up as soon as it grows past `limit` (chunked bodies
 * have no Content-Length, so the bytes are counted as they arrive).
 */
export async function readBodyCapped(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | "too_large"> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return "too_large";
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The same request with its body replaced by bytes already read, so the next reader gets them. */
export function withBody(req: Request, bytes: Uint8Array<ArrayBuffer>): Request {
  const body = req.method === "GET" || req.method === "HEAD" ? null : bytes;
  return new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal });
}

/** 413 with a message in the caller's language. */
export function bodyTooLarge(locale: Locale, limit: number): Response {
  const size = limit >= 1024 * 1024 ? `${limit / (1024 * 1024)} MB` : `${Math.round(limit / 1024)} KB`;
  const message = locale === "en" ? `The request body is too large (at most ${size}).` : `请求内容过大(最多 ${size})`;
  return refusal(413, "BODY_TOO_LARGE", message);
}
