import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import { fixedClock } from "@/server/clock";
import type { Context } from "@/server/context";
import { requestLimits, type RequestLimits } from "@/server/security/limits";
import { ORIGIN, postChunked, postJson, testEnv } from "@/server/test/http";
import { TEST_NOW, createConsumer, openTestDb } from "@/server/test/harness";
import { createTrpcHandler } from "./trpc-route";

let handle: DbHandle;
const actors = new Map<string, Actor>();
let contexts = 0;

beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function consumer(): Promise<string> {
  const actor = await createConsumer(handle.db);
  actors.set(actor.userId, actor);
  return actor.userId;
}

/** The tRPC route with a test context: the actor named by the x-test-user header. */
function route(opts: { limits?: Partial<RequestLimits>; env?: NodeJS.ProcessEnv; clock?: () => Date } = {}) {
  return createTrpcHandler({
    createContext: async (headers): Promise<Context> => {
      contexts += 1;
      const actor = actors.get(headers.get("x-test-user") ?? "") ?? null;
      return {
        db: handle.db,
        actor,
        now: fixedClock(TEST_NOW),
        locale: headers.get("cookie")?.includes("NEXT_LOCALE=en") ? "en" : "zh-CN",
      };
    },
    clock: opts.clock ?? fixedClock(TEST_NOW),
    limits: { ...requestLimits(testEnv()), ...opts.limits },
    env: opts.env ?? testEnv(),
  });
}

const MARK_ALL = "/api/trpc/notification.consumer.markAllRead";
const as = (userId: string, extra: Record<string, string> = {}) => ({ "x-test-user": userId, ...extra });

function batchGet(calls: number, userId: string): Request {
  const paths = Array.from({ length: calls }, () => "notification.consumer.unreadCount").join(",");
  return new Request(`${ORIGIN}/api/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`, {
    headers: { host: "localhost:3000", "x-test-user": userId },
  });
}

describe("POST /api/trpc body cap", () => {
  it("answers 413 from Content-Length alone, before the session lookup and without reading the body", async () => {
    const user = await consumer();
    const before = contexts;
    const req = postJson(MARK_ALL, { json: { pad: "x".repeat(1024 * 1024) } }, as(user, { cookie: "NEXT_LOCALE=en" }));
    const res = await route()(req);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      code: "BODY_TOO_LARGE",
      message: "The request body is too large (at most 1 MB).",
    });
    expect(req.bodyUsed).toBe(false);
    expect(contexts).toBe(before);
  });

  it("answers 413 for a chunked body once it passes 1 MB, without reading the rest", async () => {
    const user = await consumer();
    const { req, pulledChunks } = postChunked(MARK_ALL, new Uint8Array(65_536).fill(32), 3_200, as(user)); // 200 MB in all
    const res = await route()(req);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ code: "BODY_TOO_LARGE", message: "请求内容过大(最多 1 MB)" });
    expect(pulledChunks()).toBeLessThanOrEqual(18);
  });

  it("takes the cap from ARBITER_MAX_BODY_BYTES", async () => {
    expect(requestLimits(testEnv({ ARBITER_MAX_BODY_BYTES: "2048" })).trpcBodyBytes).toBe(2048);
    const user = await consumer();
    const res = await route({ limits: requestLimits(testEnv({ ARBITER_MAX_BODY_BYTES: "2048" })) })(
      postJson(MARK_ALL, { json: { pad: "x".repeat(2_100) } }, as(user)),
    );
    expect(res.status).toBe(413);
  });

  it("runs a normal mutation from the bytes it read once", async () => {
    const user = await consumer();
    const req = postJson(MARK_ALL, {}, as(user));
    const res = await route()(req);
    expect(res.status).toBe(200);
    expect(req.bodyUsed).toBe(true);
  });
});

describe("tRPC batch cap", () => {
  it("runs a batch of 10 calls and refuses one of 11 with 400 before running any", async () => {
    const user = await consumer();
    expect((await route()(batchGet(10, user))).status).toBe(200);
    const refused = await route()(batchGet(11, user));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("Batch call exceeds maximum size");
  });
});

describe("mutation rate limit", () => {
  it("answers the 4th mutation in a minute over a per-user limit of 3 with 429 and Retry-After", async () => {
    const user = await consumer();
    const clock = fixedClock(TEST_NOW);
    const handler = route({ limits: { mutationsPerUser: 3 }, clock });
    for (let i = 0; i < 3; i++) expect((await handler(postJson(MARK_ALL, {}, as(user)))).status).toBe(200);
    clock.advance(20_000);
    const limited = await handler(postJson(MARK_ALL, {}, as(user)));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("40");
    expect(await limited.json()).toEqual({ code: "RATE_LIMITED", message: "操作过于频繁,请 40 秒后再试" });
    clock.advance(40_000 - 1);
    expect((await handler(postJson(MARK_ALL, {}, as(user)))).status).toBe(429);
    clock.advance(1);
    expect((await handler(postJson(MARK_ALL, {}, as(user)))).status).toBe(200);
  });

  it("counts each call of a batched mutation", async () => {
    const user = await consumer();
    const handler = route({ limits: { mutationsPerUser: 3 } });
    const batch = (n: number) => {
      const paths = Array.from({ length: n }, () => "notification.consumer.markAllRead").join(",");
      return postJson(`/api/trpc/${paths}?batch=1`, {}, as(user));
    };
    expect((await handler(batch(3))).status).toBe(200);
    expect((await handler(batch(1))).status).toBe(429);
  });

  it("with TRUST_PROXY=1 limits one address across users; another address is not affected", async () => {
    const env = testEnv({ TRUST_PROXY: "1" });
    const handler = route({ limits: { mutationsPerAddress: 3 }, env });
    const from = (address: string) => ({ "x-forwarded-for": address });
    for (let i = 0; i < 3; i++)
      expect((await handler(postJson(MARK_ALL, {}, as(await consumer(), from("203.0.113.70"))))).status).toBe(200);
    expect((await handler(postJson(MARK_ALL, {}, as(await consumer(), from("203.0.113.70"))))).status).toBe(429);
    expect((await handler(postJson(MARK_ALL, {}, as(await consumer(), from("203.0.113.71"))))).status).toBe(200);
  });

  it("without TRUST_PROXY ignores X-Forwarded-For: users sending the same forged address are not limited as one address", async () => {
    const handler = route({ limits: { mutationsPerAddress: 3 } });
    const forged = { "x-forwarded-for": "203.0.113.72" };
    for (let i = 0; i < 5; i++)
      expect((await handler(postJson(MARK_ALL, {}, as(await consumer(), forged)))).status).toBe(200);
  });

  it("does not limit queries (GET)", async () => {
    const user = await consumer();
    const handler = route({ limits: { mutationsPerUser: 1 } });
    for (let i = 0; i < 3; i++) expect((await handler(batchGet(1, user))).status).toBe(200);
  });
});
