import type { Env } from "./trusted-proxy";
import { publicOrigin } from "./public-url";
import { trustedForwardedHeader } from "./trusted-proxy";

/**
 * True when a state-changing request comes from one of our own pages. Requests without
 * Origin are refused (browsers always send it on POST; server-side code calls procedures
 * directly, not over HTTP).
 * - With a public URL configured (BETTER_AUTH_URL), Origin must have its scheme, host and port.
 * - Without one, Origin must name the host (and port) the request was sent to: the Host
 *   header, or X-Forwarded-Host (and X-Forwarded-Proto) only behind a trusted proxy
 *   (TRUST_PROXY=1); a client can send those headers itself.
 */
export function isSameOrigin(req: Request, env: Env = process.env): boolean {
  const header = req.headers.get("origin");
  if (!header) return false;
  let origin: URL;
  try {
    origin = new URL(header);
  } catch {
    return false;
  }
  const configured = publicOrigin(env);
  if (configured) return origin.origin === configured;
  const host = requestHost(req.headers, env);
  if (!host || origin.host !== host) return false;
  const proto = trustedForwardedHeader(req.headers, "x-forwarded-proto", env);
  return proto === null || origin.protocol === `${proto}:`;
}

/** The host (with port) the request was addressed to, as far as it can be trusted. */
export function requestHost(headers: Headers, env: Env = process.env): string | null {
  return trustedForwardedHeader(headers, "x-forwarded-host", env) ?? headers.get("host");
}

/** The origin the request was addressed to (for better-auth's trusted origins without a public URL). */
export function requestOrigin(req: Request, env: Env = process.env): string | null {
  const host = requestHost(req.headers, env);
  if (!host) return null;
  const proto =
    trustedForwardedHeader(req.headers, "x-forwarded-proto", env) ?? new URL(req.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}
