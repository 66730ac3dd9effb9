import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { createAuth } from "@/server/auth/auth";
import { fixedClock } from "@/server/clock";
import { createAuthPost } from "@/server/http/auth-route";
import { requestLimits } from "@/server/security/limits";
import { TEST_NOW } from "@/server/test/harness";
import { createPasswordUser, postJson, testEnv } from "@/server/test/http";

const url = process.env.DATABASE_URL;
const PASSWORD = "correct-horse-battery";
const SIGN_IN = "/api/auth/sign-in/email";
const TRUSTED = testEnv({ TRUST_PROXY: "1" });

let handle: DbHandle;
beforeAll(async () => {
  if (url) handle = await openDb({ url });
});
afterAll(async () => {
  if (url) await handle.close();
});

/** The auth route on this database, counting how many requests reach better-auth's password check. */
function countingRoute(onEvaluate: (n: number) => void = () => undefined) {
  const auth = createAuth(handle.db);
  let evaluated = 0;
  const post = createAuthPost({
    db: async () => handle.db,
    handler: async () => async (req: Request) => {
      evaluated += 1;
      onEvaluate(evaluated);
      return auth.handler(req);
    },
    clock: fixedClock(TEST_NOW),
    limits: requestLimits(testEnv()),
    env: TRUSTED,
  });
  return { post, evaluated: () => evaluated };
}

const from = (address: string) => ({ "x-forwarded-for": address });

describe.skipIf(!url)("sign-in lock-out under parallel tries on PostgreSQL", () => {
  it("20 parallel tries (19 wrong, 1 right) from one address: at most 5 reach the password check, the rest get 429", async () => {
    const user = await createPasswordUser(handle.db, PASSWORD);
    const route = countingRoute();
    const tries = [...Array.from({ length: 19 }, () => "wrong-password"), PASSWORD];
    const responses = await Promise.all(
      tries.map((password) => route.post(postJson(SIGN_IN, { email: user.email, password }, from("203.0.113.50")))),
    );
    const statuses = responses.map((r) => r.status);
    expect(route.evaluated()).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBe(20 - route.evaluated());
    expect(statuses.filter((s) => s === 401 || s === 200).length).toBe(route.evaluated());
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(1);
  });

  it("the right password sent while 5 wrong ones are still being checked is refused, not signed in", async () => {
    const user = await createPasswordUser(handle.db, PASSWORD);
    let fifth: () => void = () => undefined;
    const fiveEvaluating = new Promise<void>((resolve) => (fifth = resolve));
    const route = countingRoute((n) => {
      if (n === 5) fifth();
    });
    const wrong = Array.from({ length: 19 }, () =>
      route.post(postJson(SIGN_IN, { email: user.email, password: "wrong-password" }, from("203.0.113.51"))),
    );
    await fiveEvaluating;
    const right = await route.post(postJson(SIGN_IN, { email: user.email, password: PASSWORD }, from("203.0.113.51")));
    const wrongStatuses = (await Promise.all(wrong)).map((r) => r.status);
    expect(right.status).toBe(429);
    expect(right.headers.get("set-cookie")).toBeNull();
    expect(route.evaluated()).toBe(5);
    expect(wrongStatuses.filter((s) => s === 401).length).toBe(5);
    expect(wrongStatuses.filter((s) => s === 429).length).toBe(14);
  });
});
