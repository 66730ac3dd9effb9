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
});
