import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Each run starts the production build on a fresh embedded database with demo data.
const dataDir = process.env.E2E_DATA_DIR ?? `/tmp/arbiter-e2e-${Date.now()}`;
// The `late` stories move the demo clock by days and need orders signed days ago, not weeks: they get a
// second server with its own fresh demo world, whose clock the other stories (about 35 days of moves) never touch.
const latePort = port + 1;
const lateURL = `http://127.0.0.1:${latePort}`;

/** The production build on its own fresh embedded database with demo data. */
function server(onPort: number, dir: string) {
  return {
    command: "node scripts/serve.mjs",
    url: `http://127.0.0.1:${onPort}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { PORT: String(onPort), DEMO: "1", ARBITER_DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "" },
    stdout: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testIgnore: [/.*\.phone\.spec\.ts/, /.*\.late\.spec\.ts/],
    },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /.*\.phone\.spec\.ts/ },
    // Stories that move the demo clock by days, on their own server and demo world (see lateURL).
    {
      name: "late",
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: lateURL },
      testMatch: /.*\.late\.spec\.ts/,
    },
  ],
  webServer: [server(port, dataDir), server(latePort, `${dataDir}-late`)],
});
