import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "@/server/test/http";
import { openDb, type DbHandle } from "@/db/client";
import { TEST_NOW } from "@/server/test/harness";
import { requestLimits } from "./limits";
import { limitRate } from "./rate-limit";

const url = process.env.DATABASE_URL;
let instances: DbHandle[] = [];

beforeAll(async () => {
  // Two app instances: each its own connection pool on the same database.
  if (url) instances = await Promise.all([openDb({ url }), openDb({ url })]);
});
afterAll(async () => {
  await Promise.all(instances.map((i) => i.close()));
});

describe.skipIf(!url)("rate limit across app instances on PostgreSQL", () => {
  it("30 parallel mutations by one user split over two instances: exactly 10 pass a limit of 10, 20 get 429", async () => {
    const limits = { ...requestLimits(testEnv()), mutationsPerUser: 10 };
    const userId = crypto.randomUUID();
    const [first, second] = instances;
    if (!first || !second) throw new Error("two instances expected");
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        limitRate({
          db: (i % 2 === 0 ? first : second).db,
          scope: "mutation",
          userId,
          address: null,
          now: TEST_NOW,
          locale: "zh-CN",
          limits,
        }),
      ),
    );
    expect(results.filter((r) => r === null).length).toBe(10);
    expect(results.filter((r) => r?.status === 429).length).toBe(20);
  });
});
