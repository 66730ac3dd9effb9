import { tz } from "@date-fns/tz";
import { format } from "date-fns";

/** ¥ with two decimals and thousands separators, from integer fen. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString("en-US");
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, "0")}`;
}

const asDate = (value: Date | string): Date => (typeof value === "string" ? new Date(value) : value);

/** A date-time in the shop's time zone, e.g. 2026-11-23 14:05. */
export function formatDateTime(value: Date | string, timeZone: string): string {
  return format(asDate(value), "yyyy-MM-dd HH:mm", { in: tz(timeZone) });
}

/** As formatDateTime, with the zone's offset from UTC so nobody reads it as their own: 2026-11-23 14:05 GMT+8. */
export function formatDateTimeWithZone(value: Date | string, timeZone: string): string {
  return format(asDate(value), "yyyy-MM-dd HH:mm O", { in: tz(timeZone) });
}

export function formatDate(value: Date | string, timeZone: string): string {
  return format(asDate(value), "yyyy-MM-dd", { in: tz(timeZone) });
}

export type DurationUnit = "days" | "hours" | "minutes" | "seconds";

/** How a language says one unit ("3天", "3 days") and puts two parts together ("3天2小时", "3 days 2 h"). */
export interface DurationWords {
  unit: (unit: DurationUnit, count: number) => string;
  join: (first: string, rest: string) => string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The units a duration is said in: from its largest unit down to minutes, and down to seconds
 * under an hour, so a ticking countdown is precise only where it matters. Durations are exact
 * elapsed time (a day is 24 hours), never calendar days.
 */
export function durationParts(ms: number): [DurationUnit, number][] {
  const total = Math.max(0, Math.floor(ms / SECOND) * SECOND);
  const counts: Record<DurationUnit, number> = {
    days: Math.floor(total / DAY),
    hours: Math.floor((total % DAY) / HOUR),
    minutes: Math.floor((total % HOUR) / MINUTE),
    seconds: Math.floor((total % MINUTE) / SECOND),
  };
  const units: DurationUnit[] =
    total >= DAY
      ? ["days", "hours", "minutes"]
      : total >= HOUR
        ? ["hours", "minutes"]
        : total >= MINUTE
          ? ["minutes", "seconds"]
          : ["seconds"];
  return units.map((unit) => [unit, counts[unit]]);
}

/** A duration in words, e.g. 1天23小时11分 (zh-CN) or 1 day 23 h 11 min (en). */
export function formatDuration(ms: number, words: DurationWords): string {
  return durationParts(ms)
    .map(([unit, count]) => words.unit(unit, count))
    .reduce((said, part) => words.join(said, part));
}
