import { DomainError } from "./errors";

/** How long a key is remembered: a replay within 24 hours returns the first result. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export function idempotencyExpiry(now: Date): Date {
  return new Date(now.getTime() + IDEMPOTENCY_TTL_MS);
}

/** Is a key stored with this expiry still in force at `now`? Expired exactly at `expiresAt`. */
export function keyInForce(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime();
}

/**
 * JSON with object keys sorted at every level, so two equal inputs serialise the same whatever
 * order their fields came in. `undefined` fields are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
  return `{${entries.join(",")}}`;
}

/** The same key was sent again with a different request (or to another action). */
export const idempotencyKeyReused = () =>
  new DomainError("CONFLICT", "IDEMPOTENCY_KEY_REUSED", {
    "zh-CN": "该请求标识已用于另一项不同的提交,请刷新页面后重新提交",
    en: "This request key was already used for a different submission. Reload the page and submit again.",
  });
