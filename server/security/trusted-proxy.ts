/** Environment variables as read by the settings helpers (process.env, or a literal in tests). */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether this process sits behind a reverse proxy it trusts to set X-Forwarded-* headers.
 *
 * `TRUST_PROXY=1` (or `true`) says so. Without it, X-Forwarded-For, X-Forwarded-Host and
 * X-Forwarded-Proto come from the client and are ignored: anyone could send them.
 */
export function isProxyTrusted(env: Env = process.env): boolean {
  const value = env.TRUST_PROXY?.trim().toLowerCase();
  return value === "1" || value === "true";
}

/** A forwarded header's value, only when the proxy is trusted; the first (client-most) entry. */
export function trustedForwardedHeader(headers: Headers, name: string, env: Env = process.env) {
  if (!isProxyTrusted(env)) return null;
  const value = headers.get(name);
  if (!value) return null;
  const first = value.split(",")[0]?.trim();
  return first ? first : null;
}
