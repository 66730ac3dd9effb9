import type { Db } from "@/db/client";
import { sweepNow } from "@/server/jobs/run-due";
import { advanceDemoClock } from "./demo-clock";

/** Demo clock: advance, then apply everything that fell due, so people see it fire at once. */
export async function sweepNowAt({ db, byMs }: { db: Db; byMs: number }) {
  const offsetMs = await advanceDemoClock(db, byMs);
  const { applied } = await sweepNow(db);
  const processed = Object.values(applied).reduce((a, b) => a + b, 0);
  return { offsetMs, now: new Date(Date.now() + offsetMs), processed, applied };
}
