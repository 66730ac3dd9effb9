import type { Db } from "@/db/client";
import { appClock } from "@/server/services/clock/demo-clock";
import { runSweep, type SweepResult } from "./sweep";
import { deadlineTasks } from "./tasks";

/** One sweep at the app's current time (wall clock + demo offset). */
export async function sweepNow(db: Db): Promise<SweepResult> {
  const now = (await appClock(db))();
  return runSweep({ db, now, tasks: deadlineTasks });
}

/** Sweeps every `intervalMs` until stopped; never two sweeps of this process at once. */
export function startSweeper(db: Db, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepNow(db)
      .then(({ applied }) => {
        const total = Object.values(applied).reduce((a, b) => a + b, 0);
        if (total > 0) console.log("[sweep]", JSON.stringify(applied));
      })
      .catch((error: unknown) => console.error("[sweep] failed:", error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
