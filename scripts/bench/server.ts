import http from "node:http";
import type { AddressInfo } from "node:net";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Db } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import { systemClock } from "@/server/clock";
import { appRouter } from "@/server/trpc/root";
import { listWarningQueue, warningQueueInput } from "@/server/services/work-orders/list-warning-queue";

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * An in-process HTTP server on 127.0.0.1 (random port): `/trpc/*` is the real app router
 * acting as `actor`; `/bare` calls the queue procedure's service function directly (the
 * same SQL) and returns plain JSON — the baseline without tRPC, superjson or zod.
 */
export async function startServer(db: Db, actor: Actor): Promise<BenchServer> {
  const merchant = actor.merchant;
  if (!merchant) throw new Error("bench actor must be a merchant");
  const server = http.createServer((req, res) => {
    void handle(req).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      },
      (error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      },
    );
  });

  async function handle(req: http.IncomingMessage): Promise<Response> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname.startsWith("/trpc/")) {
      const request = new Request(url, { method: "GET", headers: { accept: "application/json" } });
      return fetchRequestHandler({
        endpoint: "/trpc",
        req: request,
        router: appRouter,
        createContext: () => ({ db, actor, now: systemClock, locale: "zh-CN" as const }),
      });
    }
    if (url.pathname === "/bare") {
      const input = warningQueueInput.parse({ view: "active", limit: 20 });
      const ctx = {
        db,
        actor,
        tenant: { kind: "merchant" as const, shopId: merchant?.shopId ?? "" },
        now: systemClock(),
        locale: "zh-CN" as const,
      };
      const page = await listWarningQueue(ctx, input);
      return Response.json(page);
    }
    return new Response("not found", { status: 404 });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
