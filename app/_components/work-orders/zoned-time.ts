import { timeZoneOffsetMs } from "@/server/domain/time";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A `<input type="datetime-local">` value (wall-clock time in the shop's time zone) as an
 * instant. Returns null for anything else. Two passes settle offsets that change (DST edges).
 */
export function zonedLocalToInstant(value: string, timeZone: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const asUtc = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  if (Number.isNaN(asUtc)) return null;
  const first = asUtc - timeZoneOffsetMs(new Date(asUtc), timeZone);
  return new Date(asUtc - timeZoneOffsetMs(new Date(first), timeZone));
}

/** An instant as a `datetime-local` value in `timeZone` (minutes precision). */
export function instantToZonedLocal(at: Date, timeZone: string): string {
  const shifted = new Date(at.getTime() + timeZoneOffsetMs(at, timeZone));
  return shifted.toISOString().slice(0, 16);
}
