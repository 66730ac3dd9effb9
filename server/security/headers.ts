import type { Env } from "./trusted-proxy";
import { isPublicUrlHttps } from "./public-url";

/**
 * sha256 of the stylesheet that sonner (the toast library) inserts as one inline <style> at
 * load time. It is allowed by hash rather than by 'unsafe-inline'; headers.test.ts checks the
 * hash against the installed sonner, so an upgrade that changes the CSS fails the tests.
 */
export const SONNER_STYLE_HASH = "'sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY='";
/** sha256 of "": sonner appends its <style> empty, then fills it; an empty sheet does nothing. */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** A fresh nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce (and
 * what they load, through 'strict-dynamic'); <style> elements need the nonce or sonner's
 * hash. Style attributes stay allowed: the server renders a few computed widths as style
 * attributes, and they cannot run code. Development needs eval and inline styles for React's
 * and Next's tooling.
 */
export function pageCsp(nonce: string, opts: { dev: boolean; https: boolean }): string {
  const styles = opts.dev
    ? "'self' 'unsafe-inline'"
    : `'self' 'nonce-${nonce}' ${SONNER_STYLE_HASH} ${EMPTY_STYLE_HASH}`;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    `style-src ${styles}`,
    `style-src-elem ${styles}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Evidence PDFs are previewed in a same-origin frame.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The policy of API responses (JSON, CSV): nothing in them may load or run, nor be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every page and API response carries, besides its Content-Security-Policy. */
export function baseSecurityHeaders(env: Env = process.env): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Only when the public URL is https: HSTS over plain http would be ignored, and sending it
  // from a LAN or localhost address would pin that host to https.
  if (isPublicUrlHttps(env)) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
