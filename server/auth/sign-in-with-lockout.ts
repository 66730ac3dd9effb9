import type { DbOrTx } from "@/db/client";
import { LOCALE_COOKIE, toLocale } from "@/server/i18n/locale";
import { readCookie } from "@/server/request-context";
import { clearFailures, isLockedOut, LOCKOUT_WINDOW_MS, recordFailure } from "./lockout";

/**
 * Wraps better-auth's e-mail sign-in: refuses while an e-mail is locked out, records each
 * failed attempt, and clears the count on success.
 */
export async function signInWithLockout(args: {
  req: Request;
  db: DbOrTx;
  handler: (req: Request) => Promise<Response>;
  now: Date;
}): Promise<Response> {
  const { req, db, handler, now } = args;
  const body: unknown = await req.clone().json().catch(() => null);
  const email = typeof body === "object" && body && "email" in body && typeof body.email === "string" ? body.email.trim().toLowerCase() : null;
  if (!email) return handler(req);
  const zh = toLocale(readCookie(req.headers, LOCALE_COOKIE)) === "zh-CN";
  if (await isLockedOut(db, email, now)) {
    const minutes = LOCKOUT_WINDOW_MS / 60_000;
    return Response.json(
      {
        code: "TOO_MANY_ATTEMPTS",
        message: zh ? `登录失败次数过多,请 ${minutes} 分钟后再试` : `Too many failed attempts. Try again in ${minutes} minutes.`,
      },
      { status: 429 },
    );
  }
  const response = await handler(req);
  if (response.status === 401) await recordFailure(db, email, now);
  else if (response.ok) await clearFailures(db, email);
  return response;
}
