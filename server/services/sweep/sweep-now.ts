import type { Db } from "@/db/client";
import { appClock } from "@/server/services/clock/demo-clock";
import { systemContext } from "../service-context";
import { runSweep, type SweepResult } from "./sweep";
import { deadlineTasks } from "./tasks";

/** One sweep at the app's current time (wall clock + demo offset), as the system. */
export async function sweepNow(db: Db): Promise<SweepResult> {
  const now = (await appClock(db))();
  return runSweep(systemContext(db, now), { tasks: deadlineTasks });
}
