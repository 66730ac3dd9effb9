import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { enUS, zhCN } from "date-fns/locale";

/**
 * An instant as people say it in a sentence, in the shop's time zone:
 * "11月25日 14:00" (zh-CN) or "Nov 25, 14:00" (en). Lists and tables use formatDateTime.
 */
export function formatWhen(value: Date | string, timeZone: string, locale: string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return locale === "en"
    ? format(date, "MMM d, HH:mm", { in: tz(timeZone), locale: enUS })
    : format(date, "M月d日 HH:mm", { in: tz(timeZone), locale: zhCN });
}

/**
 * "From <instant> on", said to the minute: an instant within a minute is rounded up to the next
 * minute, so whatever is said is already true (14:00:37 is said "14:01", never "14:00").
 */
export function formatWhenFrom(value: Date | string, timeZone: string, locale: string): string {
  const ms = (typeof value === "string" ? new Date(value) : value).getTime();
  return formatWhen(new Date(Math.ceil(ms / 60_000) * 60_000), timeZone, locale);
}
