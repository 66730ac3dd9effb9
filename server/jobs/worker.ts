// `npm run worker`: the deadline sweeper as its own process, for PostgreSQL deployments
// (DATABASE_URL). Run as many as you like; each due item is applied exactly once.
import { openDb } from "@/db/client";
import { sweepNow } from "@/server/services/sweep/sweep-now";
import { startSweeper } from "./run-due";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("npm run worker needs DATABASE_URL: the embedded database sweeps inside the app process.");
  process.exit(1);
}
const handle = await openDb({ url });
const intervalMs = Number(process.env.SWEEP_INTERVAL_MS ?? 10_000);
console.log(`[worker] sweeping every ${intervalMs} ms`, JSON.stringify((await sweepNow(handle.db)).applied));
const stop = startSweeper(handle.db, intervalMs);
const keepAlive = setInterval(() => undefined, 1 << 30);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stop();
    clearInterval(keepAlive);
    void handle.close().then(() => process.exit(0));
  });
}
