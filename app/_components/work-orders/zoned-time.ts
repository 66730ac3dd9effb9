import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A `<input type="datetime-local">` value (wall-clock time in the shop's time zone) as an
 * instant. Returns null for anything else. TZDate settles wall-clock times that a change of
 * offset skips or repeats (DST edges).
 */
export function zonedLocalToInstant(value: string, timeZone: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0));
  const at = new TZDate(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0, timeZone);
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime());
}

/** An instant as a `datetime-local` value in `timeZone` (minutes precision, or seconds: `step=1`). */
export function instantToZonedLocal(at: Date, timeZone: string, precision: "minute" | "second" = "minute"): string {
  return format(at, precision === "second" ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm", { in: tz(timeZone) });
}
