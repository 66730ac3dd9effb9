import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./security/auth-secret";
import { checkStartupSettings } from "./startup-checks";
import { StartupRefusedError } from "./startup-refusal";
import { childEnv, runProcess } from "./test/processes/spawn";

const production = { NODE_ENV: "production", DEMO: "0" } as const;
const secret32 = "0123456789abcdef0123456789abcdef";

describe("start-up settings", () => {
  it("a production process without BETTER_AUTH_SECRET refuses to start with exit code 1 and says why", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "arbiter-boot-"));
    try {
      const run = await runProcess("boot-app.ts", [], childEnv({ ...production, ARBITER_DATA_DIR: dataDir }));
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain("booted");
      expect(run.stderr).toContain("refusing to start: BETTER_AUTH_SECRET is not set");
      expect(run.stderr).toContain("at least 32 characters");
      // Refused before the database was opened.
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("production refuses a missing, a 31-character and the demo secret, and accepts 32 characters", () => {
    expect(() => checkStartupSettings({ ...production })).toThrow(StartupRefusedError);
    expect(() => checkStartupSettings({ ...production, BETTER_AUTH_SECRET: "" })).toThrow(
      "BETTER_AUTH_SECRET is not set",
    );
    expect(() => checkStartupSettings({ ...production, BETTER_AUTH_SECRET: secret32.slice(1) })).toThrow(
      "BETTER_AUTH_SECRET has 31 characters",
    );
    expect(() =>
      checkStartupSettings({
        ...production,
        BETTER_AUTH_SECRET: "arbiter-demo-secret-change-me-in-production-0123456789",
      }),
    ).toThrow("published demo secret");
    expect(resolveAuthSecret({ ...production, BETTER_AUTH_SECRET: secret32 })).toBe(secret32);
  });

  it("production with DEMO unset is not demo mode and is checked too", () => {
    expect(() => checkStartupSettings({ NODE_ENV: "production" })).toThrow("BETTER_AUTH_SECRET is not set");
  });

  it("demo mode and development run on the demo secret", () => {
    expect(resolveAuthSecret({ NODE_ENV: "production", DEMO: "1" })).toBe(
      "arbiter-demo-secret-change-me-in-production-0123456789",
    );
    expect(resolveAuthSecret({ NODE_ENV: "development" })).toBe(
      "arbiter-demo-secret-change-me-in-production-0123456789",
    );
    expect(resolveAuthSecret({ NODE_ENV: "development", BETTER_AUTH_SECRET: "short" })).toBe("short");
  });

  it("refuses a BETTER_AUTH_URL that is not an http(s) URL", () => {
    const env = { ...production, BETTER_AUTH_SECRET: secret32 };
    expect(() => checkStartupSettings({ ...env, BETTER_AUTH_URL: "arbiter.example.com" })).toThrow(
      "must be the app's public http(s) URL",
    );
    expect(() => checkStartupSettings({ ...env, BETTER_AUTH_URL: "ftp://arbiter.example.com" })).toThrow(
      StartupRefusedError,
    );
    expect(() => checkStartupSettings({ ...env, BETTER_AUTH_URL: "https://arbiter.example.com" })).not.toThrow();
  });
});
