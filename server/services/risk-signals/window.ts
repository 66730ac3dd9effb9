import { DAY_MS } from "@/server/domain/time";

/** The start of a window of `days` days ending at `now`. */
export function windowStart(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** A share as a whole percentage (0 when there is nothing to divide by). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 100) / whole);
}
