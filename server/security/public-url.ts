import type { Env } from "./trusted-proxy";

/**
 * The app's public URL is BETTER_AUTH_URL (better-auth builds its links from the same
 * setting). When it is set, the Origin check compares with it and HSTS follows its scheme.
 */

/** The configured public origin (`scheme://host[:port]`), or null when unset or not an http(s) URL. */
export function publicOrigin(env: Env = process.env): string | null {
  const raw = env.BETTER_AUTH_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** Why BETTER_AUTH_URL cannot be used, or null when it is unset or fine. */
export function publicUrlProblem(env: Env = process.env): string | null {
  const raw = env.BETTER_AUTH_URL?.trim();
  if (!raw || publicOrigin(env)) return null;
  return `BETTER_AUTH_URL (${raw}) must be the app's public http(s) URL, e.g. https://arbiter.example.com. BETTER_AUTH_URL 必须是应用对外的 http(s) 地址。`;
}

export function isPublicUrlHttps(env: Env = process.env): boolean {
  return publicOrigin(env)?.startsWith("https://") ?? false;
}
