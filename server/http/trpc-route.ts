import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Clock } from "@/server/clock";
import type { Context } from "@/server/context";
import { bodyTooLarge, declaresTooLarge, readBodyCapped, withBody } from "@/server/security/body-limit";
import { clientAddress } from "@/server/security/client-address";
import type { RequestLimits } from "@/server/security/limits";
import { isSameOrigin } from "@/server/security/origin";
import { limitRate } from "@/server/security/rate-limit";
import { refusal, requestLocale } from "@/server/security/request-locale";
import { appRouter } from "@/server/trpc/root";

export interface TrpcRouteDeps {
  createContext: (headers: Headers) => Promise<Context>;
  /** The wall clock for rate-limit windows (not the demo clock: limits guard real time). */
  clock: Clock;
  limits: RequestLimits;
  env?: NodeJS.ProcessEnv;
}

/**
 * GET/POST /api/trpc/*. Mutations (POST) pass, in order: the Origin check, the body cap by
 * Content-Length, the per-user and per-address rate limit, and the body cap while reading.
 * The body is read once and tRPC parses those bytes; batches are capped by tRPC itself.
 */
export function createTrpcHandler(deps: TrpcRouteDeps) {
  return async function handler(req: Request): Promise<Response> {
    const locale = requestLocale(req.headers);
    let request = req;
    let ctx: Context | null = null;
    if (req.method === "POST") {
      // CSRF: cookies are SameSite=Lax, and mutations must come from our own pages.
      if (!isSameOrigin(req)) {
        return refusal(403, "CROSS_ORIGIN", locale === "en" ? "Cross-origin request refused" : "请求来源不被允许");
      }
      const limit = deps.limits.trpcBodyBytes;
      if (declaresTooLarge(req, limit)) return bodyTooLarge(locale, limit);
      ctx = await deps.createContext(req.headers);
      const limited = await limitRate({
        db: ctx.db,
        scope: "mutation",
        userId: ctx.actor?.userId ?? null,
        address: clientAddress(req.headers, deps.env),
        now: deps.clock(),
        locale,
        limits: deps.limits,
        cost: callCount(req, deps.limits.trpcBatchSize),
      });
      if (limited) return limited;
      const body = await readBodyCapped(req, limit);
      if (body === "too_large") return bodyTooLarge(locale, limit);
      request = withBody(req, body);
    }
    const context = ctx;
    return fetchRequestHandler({
      endpoint: "/api/trpc",
      req: request,
      router: appRouter,
      maxBatchSize: deps.limits.trpcBatchSize,
      createContext: () => context ?? deps.createContext(req.headers),
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error.cause ?? error);
      },
    });
  };
}

/** Calls in a tRPC request: the comma-separated paths of a batch, capped at the batch limit. */
function callCount(req: Request, maxBatch: number): number {
  const url = new URL(req.url);
  if (url.searchParams.get("batch") !== "1") return 1;
  const paths = url.pathname.replace(/^.*\/api\/trpc\/?/, "").split(",").length;
  return Math.min(Math.max(paths, 1), maxBatch);
}
