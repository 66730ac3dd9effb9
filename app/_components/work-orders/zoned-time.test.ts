import { describe, expect, it } from "vitest";
import { instantToZonedLocal, zonedLocalToInstant } from "./zoned-time";

describe("datetime-local in the shop's time zone", () => {
  it("INV-5: an agreed invoicing date typed in Asia/Shanghai becomes the right instant and back", () => {
    expect(zonedLocalToInstant("2026-03-20T15:00", "Asia/Shanghai")?.toISOString()).toBe("2026-03-20T07:00:00.000Z");
    expect(zonedLocalToInstant("2026-03-21T00:30", "Asia/Shanghai")?.toISOString()).toBe("2026-03-20T16:30:00.000Z");
    expect(instantToZonedLocal(new Date("2026-03-20T16:30:00.000Z"), "Asia/Shanghai")).toBe("2026-03-21T00:30");
    expect(zonedLocalToInstant("2026-07-01T12:00", "America/New_York")?.toISOString()).toBe("2026-07-01T16:00:00.000Z");
  });

  it("rejects anything that is not a datetime-local value", () => {
    expect(zonedLocalToInstant("", "Asia/Shanghai")).toBeNull();
    expect(zonedLocalToInstant("2026-03-20", "Asia/Shanghai")).toBeNull();
    expect(zonedLocalToInstant("tomorrow", "Asia/Shanghai")).toBeNull();
  });

  it("WO-TM-3: seconds round-trip for a picker precise to the second", () => {
    expect(zonedLocalToInstant("2026-03-21T00:30:07", "Asia/Shanghai")?.toISOString()).toBe("2026-03-20T16:30:07.000Z");
    expect(instantToZonedLocal(new Date("2026-03-20T16:30:07.000Z"), "Asia/Shanghai", "second")).toBe(
      "2026-03-21T00:30:07",
    );
  });

  it("settles wall-clock times a change of offset skips or repeats", () => {
    // 02:30 does not exist in New York on 2026-03-08 (clocks jump 02:00 → 03:00): read as 03:30 EDT.
    expect(zonedLocalToInstant("2026-03-08T02:30", "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // 01:30 happens twice on 2026-11-01: the first (EDT) is meant.
    expect(zonedLocalToInstant("2026-11-01T01:30", "America/New_York")?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(instantToZonedLocal(new Date("2026-11-01T06:30:00.000Z"), "America/New_York")).toBe("2026-11-01T01:30");
  });
});
