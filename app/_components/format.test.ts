import { describe, expect, it } from "vitest";
import { formatDateTime, formatFen } from "./format";

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
  });
});
