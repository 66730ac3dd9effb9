import { sweepNow } from "@/server/services/sweep/sweep-now";
import type { ServiceContext } from "../service-context";
import { advanceDemoClock, offsetClock } from "./demo-clock";

/** Demo clock: advance, then apply everything that fell due, so people see it fire at once. */
export async function sweepNowAt({ db }: ServiceContext, input: { minutes: number }) {
  const offsetMs = await advanceDemoClock(db, input.minutes * 60_000);
  const { applied } = await sweepNow(db);
  const processed = Object.values(applied).reduce((a, b) => a + b, 0);
  return { offsetMs, now: offsetClock(offsetMs)(), processed, applied };
}
