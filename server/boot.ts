import { getDbHandle } from "@/db/client";
import { seedDemoCases } from "@/server/seed/demo-cases";
import { seedDemoWorld } from "@/server/seed/demo-world";
import { isDemoMode } from "./demo-mode";
import { startSweeper } from "./jobs/run-due";
import { appClock } from "./services/clock/demo-clock";
import { checkStartupSettings } from "./startup-checks";

/** Start-up work of one app process. Safe to run in several processes at once. */
export async function boot(): Promise<void> {
  const started = Date.now();
  checkStartupSettings();
  const { db, kind } = await getDbHandle();
  if (isDemoMode()) {
    const { seeded } = await seedDemoWorld(db, new Date());
    if (seeded) console.log(`[arbiter] demo world seeded in ${Date.now() - started} ms`);
    // After-sales cases on top of the world, at the app's time (the demo clock may have moved).
    if ((await seedDemoCases(db, (await appClock(db))())).seeded)
      console.log(`[arbiter] demo cases seeded (${Date.now() - started} ms in all)`);
  }
  // Deadlines fire by themselves: on the embedded database this process is the only sweeper;
  // on PostgreSQL every app process sweeps too (SKIP LOCKED keeps them apart), unless
  // SWEEP_IN_APP=0 leaves it to `npm run worker`.
  if (process.env.SWEEP_IN_APP !== "0") startSweeper(db, Number(process.env.SWEEP_INTERVAL_MS ?? 5_000));
  console.log(`[arbiter] database ready (${kind})${isDemoMode() ? ", demo mode on" : ""}`);
}
