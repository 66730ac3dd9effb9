import type { DbOrTx } from "@/db/client";
import type { Locale } from "@/server/i18n/locale";
import { refusal } from "@/server/security/request-locale";
import { reserveSignIn, settleSignIn, type Outcome } from "./lockout";

/**
 * Wraps better-auth's e-mail sign-in: reserves the attempt first (refusing with 429 while
 * this account is locked for this client address, or the address is over its limit across
 * accounts), then lets better-auth check the password and settles the reservation by outcome.
 * `body` is the request body, already read once by the caller; `req` carries the same bytes.
 */
export async function signInWithLockout(args: {
  req: Request;
  body: Uint8Array;
  db: DbOrTx;
  handler: (req: Request) => Promise<Response>;
  now: Date;
  address: string | null;
  locale: Locale;
}): Promise<Response> {
  const { req, body, db, handler, now, address, locale } = args;
  const email = emailOf(body);
  if (!email) return handler(req);
  const reservation = await reserveSignIn(db, { email, address, now });
  if (!reservation.ok) {
    const minutes = Math.ceil(reservation.retryAfter / 60);
    const message =
      locale === "en"
        ? `Too many failed attempts. Try again in ${minutes} minutes.`
        : `登录失败次数过多,请 ${minutes} 分钟后再试`;
    return refusal(429, "TOO_MANY_ATTEMPTS", message, { "Retry-After": String(reservation.retryAfter) });
  }
  let outcome: Outcome = "not_evaluated";
  try {
    const response = await handler(req);
    if (response.ok) outcome = "success";
    else if (response.status === 401) outcome = "failure";
    return response;
  } finally {
    await settleSignIn(db, reservation, outcome);
  }
}

function emailOf(body: Uint8Array): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || !("email" in parsed) || typeof parsed.email !== "string")
    return null;
  const email = parsed.email.trim().toLowerCase();
  return email === "" ? null : email;
}
