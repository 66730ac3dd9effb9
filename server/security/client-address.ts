import { isProxyTrusted, trustedForwardedHeader } from "./trusted-proxy";

/**
 * The client's network address, for per-address limits, or null when it cannot be known.
 *
 * - Behind a trusted proxy (`TRUST_PROXY=1`): the first entry of X-Forwarded-For, else
 *   X-Real-IP.
 * - Otherwise the socket's address, as scripts/serve.mjs (what `npm start` and the browser
 *   tests run) stamps it in the header named by ARBITER_PEER_HEADER. Forwarded headers are
 *   never believed here: Next fills X-Forwarded-For only when the client did not send one.
 * - Null when neither is known (e.g. plain `next start`). Callers then fall back to
 *   per-account / per-user limits (see server/auth/lockout.ts and server/security/rate-limit.ts).
 */
export function clientAddress(headers: Headers, env: NodeJS.ProcessEnv = process.env): string | null {
  const address = isProxyTrusted(env) ? forwardedAddress(headers, env) : peerAddress(headers, env);
  return address ? normalize(address) : null;
}

function forwardedAddress(headers: Headers, env: NodeJS.ProcessEnv): string | undefined {
  return trustedForwardedHeader(headers, "x-forwarded-for", env) ?? headers.get("x-real-ip")?.trim();
}

/** The socket's address, stamped by scripts/serve.mjs, which overwrites any copy a client sent. */
function peerAddress(headers: Headers, env: NodeJS.ProcessEnv): string | undefined {
  const header = env.ARBITER_PEER_HEADER;
  return header ? headers.get(header)?.trim() || undefined : undefined;
}

/** Lower-cases IPv6 and strips the IPv4-mapped prefix, so one client maps to one key. */
function normalize(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice("::ffff:".length) : lower;
}
