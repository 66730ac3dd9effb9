import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import clockEn from "@/app/_i18n/messages/clock.en.json";
import clockZh from "@/app/_i18n/messages/clock.zh-CN.json";
import { durationParts, formatDate, formatDateTime, formatDateTimeWithZone, formatDuration, formatFen } from "./format";
import type { DurationWords } from "./format";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function wordsIn(locale: "zh-CN" | "en"): DurationWords {
  const messages = { clock: locale === "en" ? clockEn : clockZh };
  const t = createTranslator({ locale, messages, namespace: "clock.duration" });
  return { unit: (unit, count) => t(unit, { count }), join: (first, rest) => t("join", { first, rest }) };
}

describe("format", () => {
  it("formats fen as yuan with two decimals and separators", () => {
    expect(formatFen(0)).toBe("¥0.00");
    expect(formatFen(5)).toBe("¥0.05");
    expect(formatFen(123456789)).toBe("¥1,234,567.89");
    expect(formatFen(-1050)).toBe("-¥10.50");
  });

  it("shows instants in the shop's time zone", () => {
    const at = new Date("2026-11-23T16:30:00Z");
    expect(formatDateTime(at, "Asia/Shanghai")).toBe("2026-11-24 00:30");
    expect(formatDateTime(at, "UTC")).toBe("2026-11-23 16:30");
    expect(formatDateTime("2026-11-23T16:30:00.000Z", "America/New_York")).toBe("2026-11-23 11:30");
    expect(formatDate(at, "Asia/Shanghai")).toBe("2026-11-24");
  });

  it("names the zone's offset where a time stands alone (a countdown's tooltip)", () => {
    const at = new Date("2026-11-23T16:30:00Z");
    expect(formatDateTimeWithZone(at, "Asia/Shanghai")).toBe("2026-11-24 00:30 GMT+8");
    expect(formatDateTimeWithZone(at, "America/New_York")).toBe("2026-11-23 11:30 GMT-5");
  });
});

describe("durations", () => {
  it("are said from the largest unit down to minutes, and to seconds under an hour", () => {
    expect(durationParts(DAY + 23 * HOUR + 11 * MINUTE + 30 * SECOND)).toEqual([
      ["days", 1],
      ["hours", 23],
      ["minutes", 11],
    ]);
    expect(durationParts(7 * DAY)).toEqual([
      ["days", 7],
      ["hours", 0],
      ["minutes", 0],
    ]);
    expect(durationParts(5 * HOUR + 59 * SECOND)).toEqual([
      ["hours", 5],
      ["minutes", 0],
    ]);
    expect(durationParts(9 * MINUTE + 5 * SECOND + 900)).toEqual([
      ["minutes", 9],
      ["seconds", 5],
    ]);
    expect(durationParts(42 * SECOND)).toEqual([["seconds", 42]]);
    expect(durationParts(0)).toEqual([["seconds", 0]]);
    expect(durationParts(-5 * SECOND)).toEqual([["seconds", 0]]);
  });

  it("read naturally in Chinese", () => {
    const zh = wordsIn("zh-CN");
    expect(formatDuration(DAY + 23 * HOUR + 11 * MINUTE + 30 * SECOND, zh)).toBe("1天23小时11分");
    expect(formatDuration(2 * HOUR + 5 * MINUTE, zh)).toBe("2小时5分");
    expect(formatDuration(9 * MINUTE + 5 * SECOND, zh)).toBe("9分5秒");
    expect(formatDuration(42 * SECOND, zh)).toBe("42秒");
  });

  it("read naturally in English", () => {
    const en = wordsIn("en");
    expect(formatDuration(DAY + 23 * HOUR + 11 * MINUTE, en)).toBe("1 day 23 h 11 min");
    expect(formatDuration(3 * DAY + HOUR, en)).toBe("3 days 1 h 0 min");
    expect(formatDuration(9 * MINUTE + 5 * SECOND, en)).toBe("9 min 5 s");
    expect(formatDuration(42 * SECOND, en)).toBe("42 s");
  });
});
