/**
 * An instant as people say it in a sentence, in the shop's time zone:
 * "11月25日 14:00" (zh-CN) or "Nov 25, 14:00" (en). Lists and tables use formatDateTime.
 */
export function formatWhen(value: Date | string, timeZone: string, locale: string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const month = Number(get("month"));
  const time = `${get("hour")}:${get("minute")}`;
  if (locale === "en") return `${months[month - 1] ?? get("month")} ${get("day")}, ${time}`;
  return `${month}月${Number(get("day"))}日 ${time}`;
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
