import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Each run starts the production build on a fresh embedded database with demo data.
const dataDir = process.env.E2E_DATA_DIR ?? `/tmp/arbiter-e2e-${Date.now()}`;

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
    // Stories that move the demo clock by days: after every other test, so none sees their future.
    {
      name: "late",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /.*\.late\.spec\.ts/,
      dependencies: ["desktop", "phone"],
    },
  ],
  webServer: {
    command: "node scripts/serve.mjs",
    url: `${baseURL}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { PORT: String(port), DEMO: "1", ARBITER_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "" },
    stdout: "pipe",
  },
});
