import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createAuth } from "@/server/auth/auth";
import { fixedClock } from "@/server/clock";
import { requestLimits } from "@/server/security/limits";
import { createPasswordUser, postChunked, postJson, testEnv } from "@/server/test/http";
import { TEST_NOW, openTestDb } from "@/server/test/harness";
import { createAuthPost } from "./auth-route";

const PASSWORD = "correct-horse-battery";
const SIGN_IN = "/api/auth/sign-in/email";

let handle: DbHandle;
let evaluated = 0;
let post: (req: Request, env?: NodeJS.ProcessEnv) => Promise<Response>;

beforeAll(async () => {
  handle = await openTestDb();
  const auth = createAuth(handle.db);
  const counting = async (req: Request) => {
    evaluated += 1;
    return auth.handler(req);
  };
  post = (req, env = testEnv()) =>
    createAuthPost({
      db: async () => handle.db,
      handler: async () => counting,
      clock: fixedClock(TEST_NOW),
      limits: requestLimits(testEnv()),
      env,
    })(req);
});
afterAll(async () => {
  await handle.close();
});

const xff = (address: string) => ({ "x-forwarded-for": `${address}, 10.0.0.1` });

describe("POST /api/auth body cap", () => {
  it("answers 413 from Content-Length alone, without reading or parsing the body", async () => {
    const before = evaluated;
    const req = postJson(
      SIGN_IN,
      { email: "a@test.arbiter", password: "x".repeat(9_000) },
      { "accept-language": "en-US,en;q=0.9" },
    );
    const res = await post(req);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      code: "BODY_TOO_LARGE",
      message: "The request body is too large (at most 8 KB).",
    });
    expect(req.bodyUsed).toBe(false);
    expect(evaluated).toBe(before);
  });

  it("answers 413 for a chunked body as soon as it passes the cap, in zh-CN by default", async () => {
    const before = evaluated;
    const { req, pulledChunks } = postChunked(SIGN_IN, new Uint8Array(4_096).fill(32), 25_600); // 100 MB if read whole
    const res = await post(req);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ code: "BODY_TOO_LARGE", message: "请求内容过大(最多 8 KB)" });
    expect(pulledChunks()).toBeLessThanOrEqual(4);
    expect(evaluated).toBe(before);
  });

  it("accepts a body at the cap's size limit boundary: 8192 bytes passes the cap, 8193 does not", async () => {
    const body = (n: number) => JSON.stringify({ email: "nobody@test.arbiter", password: "p".repeat(n) });
    const base = body(0).length;
    const atCap = await post(postJson(SIGN_IN, body(8_192 - base)));
    expect(atCap.status).not.toBe(413);
    const over = await post(postJson(SIGN_IN, body(8_193 - base)));
    expect(over.status).toBe(413);
  });

  it("reads the body once and still signs in with the right password", async () => {
    const user = await createPasswordUser(handle.db, PASSWORD);
    const req = postJson(SIGN_IN, { email: user.email, password: PASSWORD });
    const res = await post(req);
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toContain("session_token");
    expect(req.bodyUsed).toBe(true);
  });
});

describe("POST /api/auth/sign-in/email lock-out by client address", () => {
  async function failFrom(email: string, headers: Record<string, string>, times: number, env: NodeJS.ProcessEnv) {
    for (let i = 0; i < times; i++)
      expect((await post(postJson(SIGN_IN, { email, password: "wrong-password" }, headers), env)).status).toBe(401);
  }

  it("with TRUST_PROXY=1: 5 failures from one address lock that address (429 + Retry-After); the owner from another address gets in", async () => {
    const env = testEnv({ TRUST_PROXY: "1" });
    const user = await createPasswordUser(handle.db, PASSWORD);
    await failFrom(user.email, xff("203.0.113.10"), 5, env);
    const before = evaluated;
    const locked = await post(postJson(SIGN_IN, { email: user.email, password: PASSWORD }, xff("203.0.113.10")), env);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("900");
    expect(await locked.json()).toEqual({ code: "TOO_MANY_ATTEMPTS", message: "登录失败次数过多,请 15 分钟后再试" });
    expect(evaluated).toBe(before);
    const owner = await post(postJson(SIGN_IN, { email: user.email, password: PASSWORD }, xff("198.51.100.20")), env);
    expect(owner.status).toBe(200);
  });

  it("without TRUST_PROXY, X-Forwarded-For is ignored: a forged address neither escapes nor splits the lock", async () => {
    const user = await createPasswordUser(handle.db, PASSWORD);
    await failFrom(user.email, xff("203.0.113.11"), 5, testEnv());
    const forged = await post(
      postJson(SIGN_IN, { email: user.email, password: PASSWORD }, xff("198.51.100.21")),
      testEnv(),
    );
    expect(forged.status).toBe(429);
  });
});
