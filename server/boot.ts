import { getDbHandle } from "@/db/client";
import { seedDemoWorld } from "@/db/seed/demo-world";
import { isDemoMode } from "./demo-mode";
import { startSweeper } from "./jobs/run-due";

/** Start-up work of one app process. Safe to run in several processes at once. */
export async function boot(): Promise<void> {
  const started = Date.now();
  const { db, kind } = await getDbHandle();
  if (isDemoMode()) {
    const { seeded } = await seedDemoWorld(db, new Date());
    if (seeded) console.log(`[arbiter] demo world seeded in ${Date.now() - started} ms`);
  }
  // Deadlines fire by themselves: on the embedded database this process is the only sweeper;
  // on PostgreSQL every app process sweeps too (SKIP LOCKED keeps them apart), unless
  // SWEEP_IN_APP=0 leaves it to `npm run worker`.
  if (process.env.SWEEP_IN_APP !== "0") startSweeper(db, Number(process.env.SWEEP_INTERVAL_MS ?? 5_000));
  console.log(`[arbiter] database ready (${kind})${isDemoMode() ? ", demo mode on" : ""}`);
}
