import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "@/server/request-context";
import { isSameOrigin } from "@/server/security/origin";
import { appRouter } from "@/server/trpc/root";

function handler(req: Request) {
  // CSRF: cookies are SameSite=Lax, and mutations must come from our own pages.
  if (req.method === "POST" && !isSameOrigin(req)) {
    return Response.json({ error: "Cross-origin request refused" }, { status: 403 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createRequestContext(req.headers),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
export const dynamic = "force-dynamic";
