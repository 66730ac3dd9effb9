import type { DbOrTx } from "@/db/client";
import { systemClock } from "@/server/clock";
import type { Locale } from "@/server/i18n/locale";
import { clientAddress } from "./client-address";
import { hit, retryAfterSeconds } from "./counters";
import { RATE_WINDOW_MS, requestLimits, type RequestLimits } from "./limits";
import { refusal } from "./request-locale";

export type RateScope = "mutation" | "upload";

/**
 * Counts a request against the per-user and per-address limits of `scope` (per minute,
 * in the database so every app instance shares the count). Returns a 429 with Retry-After
 * when either is exceeded, else null. An unknown address (no trusted proxy) is not limited
 * per address: every client would share one bucket and anyone could exhaust it for all.
 */
export async function limitRate(args: {
  db: DbOrTx;
  scope: RateScope;
  userId: string | null;
  address: string | null;
  now: Date;
  locale: Locale;
  limits: RequestLimits;
  /** How many calls this request makes (a tRPC batch counts each call). */
  cost?: number;
}): Promise<Response | null> {
  const { db, scope, userId, address, now, locale, limits, cost = 1 } = args;
  const perUser = scope === "mutation" ? limits.mutationsPerUser : limits.uploadsPerUser;
  const perAddress = scope === "mutation" ? limits.mutationsPerAddress : limits.uploadsPerAddress;
  const checks: { key: string; max: number }[] = [];
  if (userId) checks.push({ key: `${scope}:user:${userId}`, max: perUser });
  if (address) checks.push({ key: `${scope}:addr:${address}`, max: perAddress });
  let retryAfter = 0;
  for (const check of checks) {
    const counted = await hit(db, check.key, now, RATE_WINDOW_MS, cost);
    if (counted.count > check.max) retryAfter = Math.max(retryAfter, retryAfterSeconds(counted.resetAt, now));
  }
  if (retryAfter === 0) return null;
  return tooManyRequests(locale, retryAfter);
}

export function tooManyRequests(locale: Locale, retryAfter: number): Response {
  const message =
    locale === "en"
      ? `Too many requests. Please try again in ${retryAfter} seconds.`
      : `操作过于频繁,请 ${retryAfter} 秒后再试`;
  return refusal(429, "RATE_LIMITED", message, { "Retry-After": String(retryAfter) });
}

/** The upload route's limit: per signed-in user and per client address, on the wall clock. */
export function limitUploads(
  req: Request,
  ctx: { db: DbOrTx; actor: { userId: string } | null; locale: Locale },
): Promise<Response | null> {
  return limitRate({
    db: ctx.db,
    scope: "upload",
    userId: ctx.actor?.userId ?? null,
    address: clientAddress(req.headers),
    now: systemClock(),
    locale: ctx.locale,
    limits: requestLimits(),
  });
}
