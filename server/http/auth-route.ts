import type { Db } from "@/db/client";
import { signInWithLockout } from "@/server/auth/sign-in-with-lockout";
import type { Clock } from "@/server/clock";
import { bodyTooLarge, declaresTooLarge, readBodyCapped, withBody } from "@/server/security/body-limit";
import { clientAddress } from "@/server/security/client-address";
import type { RequestLimits } from "@/server/security/limits";
import { isSameOrigin } from "@/server/security/origin";
import { refusal, requestLocale } from "@/server/security/request-locale";

export interface AuthRouteDeps {
  db: () => Promise<Db>;
  /** better-auth's request handler. */
  handler: () => Promise<(req: Request) => Promise<Response>>;
  clock: Clock;
  limits: RequestLimits;
  env?: NodeJS.ProcessEnv;
}

/**
 * POST /api/auth/*: Origin check, a small body cap (413 before anything parses it), then
 * better-auth — e-mail sign-in through the lock-out. The body is read from the network once;
 * better-auth gets a copy of the request built from those bytes.
 */
export function createAuthPost(deps: AuthRouteDeps) {
  return async function POST(req: Request): Promise<Response> {
    const locale = requestLocale(req.headers);
    if (!isSameOrigin(req)) {
      return refusal(403, "CROSS_ORIGIN", locale === "en" ? "Cross-origin request refused" : "请求来源不被允许");
    }
    const limit = deps.limits.authBodyBytes;
    if (declaresTooLarge(req, limit)) return bodyTooLarge(locale, limit);
    const body = await readBodyCapped(req, limit);
    if (body === "too_large") return bodyTooLarge(locale, limit);
    const request = withBody(req, body);
    const handler = await deps.handler();
    if (!new URL(req.url).pathname.endsWith("/sign-in/email")) return handler(request);
    return signInWithLockout({
      req: request,
      body,
      db: await deps.db(),
      handler,
      now: deps.clock(),
      address: clientAddress(req.headers, deps.env),
      locale,
    });
  };
}
