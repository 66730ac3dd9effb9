import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "@/server/test/http";
import type { DbHandle } from "@/db/client";
import { rateCounters } from "@/db/schema";
import { TEST_NOW, openTestDb } from "@/server/test/harness";
import { hit, release } from "./counters";
import { requestLimits } from "./limits";
import { limitRate } from "./rate-limit";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);
const token = () => crypto.randomUUID();
const DAY_MS = 24 * 60 * 60 * 1000;

describe("upload rate limit", () => {
  it("defaults to 30 uploads a minute per user and 60 per address, overridable by environment", () => {
    expect(requestLimits(testEnv())).toMatchObject({
      uploadsPerUser: 30,
      uploadsPerAddress: 60,
      mutationsPerUser: 120,
      mutationsPerAddress: 300,
    });
    expect(
      requestLimits(testEnv({ ARBITER_RATE_UPLOADS_PER_USER: "5", ARBITER_RATE_UPLOADS_PER_ADDRESS: "nope" })),
    ).toMatchObject({
      uploadsPerUser: 5,
      uploadsPerAddress: 60,
    });
  });

  it("answers the 3rd upload over a per-user limit of 2 with 429 and Retry-After, in English when asked", async () => {
    const limits = { ...requestLimits(testEnv()), uploadsPerUser: 2 };
    const userId = token();
    const upload = (ms: number) =>
      limitRate({ db: handle.db, scope: "upload", userId, address: null, now: at(ms), locale: "en", limits });
    expect(await upload(0)).toBeNull();
    expect(await upload(1_000)).toBeNull();
    const limited = await upload(30_000);
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get("retry-after")).toBe("30");
    expect(await limited?.json()).toEqual({
      code: "RATE_LIMITED",
      message: "Too many requests. Please try again in 30 seconds.",
    });
    // Uploads and mutations are counted apart.
    expect(
      await limitRate({
        db: handle.db,
        scope: "mutation",
        userId,
        address: null,
        now: at(30_000),
        locale: "en",
        limits,
      }),
    ).toBeNull();
  });
});

describe("rate counters", () => {
  it("starts a new window when the old one has ended", async () => {
    const key = `window-${token()}`;
    await hit(handle.db, key, at(0), 1_000);
    expect(await hit(handle.db, key, at(999), 1_000)).toEqual({ count: 2, resetAt: at(1_000) });
    expect(await hit(handle.db, key, at(1_000), 1_000)).toEqual({ count: 1, resetAt: at(2_000) });
  });

  it("clears windows that ended a day ago or more whenever a new window starts, keeping younger ones", async () => {
    const prefix = `purge-${token()}`;
    const keys = async () =>
      (
        await handle.db
          .select({ key: rateCounters.key })
          .from(rateCounters)
          .where(like(rateCounters.key, `${prefix}-%`))
      )
        .map((k) => k.key)
        .sort();
    await hit(handle.db, `${prefix}-old`, at(0), 1_000); // ends at +1 s
    await hit(handle.db, `${prefix}-young`, at(1), 1_000); // ends at +1.001 s
    await hit(handle.db, `${prefix}-a`, at(DAY_MS + 1_000 - 1), 1_000);
    expect(await keys()).toEqual([`${prefix}-a`, `${prefix}-old`, `${prefix}-young`]);
    await hit(handle.db, `${prefix}-b`, at(DAY_MS + 1_000), 1_000);
    expect(await keys()).toEqual([`${prefix}-a`, `${prefix}-b`, `${prefix}-young`]);
  });

  it("gives a hit back only within the window it was taken in", async () => {
    const key = `release-${token()}`;
    const first = await hit(handle.db, key, at(0), 1_000);
    await hit(handle.db, key, at(10), 1_000);
    await release(handle.db, key, first.resetAt);
    const count = async () =>
      (await handle.db.select({ n: rateCounters.count }).from(rateCounters).where(eq(rateCounters.key, key)))[0]?.n;
    expect(await count()).toBe(1);
    await hit(handle.db, key, at(1_000), 1_000); // a new window, count 1
    await release(handle.db, key, first.resetAt); // from the old window: no effect
    expect(await count()).toBe(1);
  });
});
