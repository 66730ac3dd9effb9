import { describe, expect, it } from "vitest";
import { contactBeforeWorkOrder, contactInFuture, earliestContactSecond, latestContactSecond } from "./contact-time";

describe("contact times of a collaborative reply", () => {
  it("WO-TM-3: the picker's earliest second is the creation instant rounded up, and the server accepts it", () => {
    const openedAt = new Date("2026-03-15T04:00:05.400Z");
    expect(earliestContactSecond(openedAt)).toEqual(new Date("2026-03-15T04:00:06.000Z"));
    expect(contactBeforeWorkOrder(new Date("2026-03-15T04:00:06.000Z"), openedAt)).toBe(false);
    // The second before it, and the creation minute the old picker offered, are refused.
    expect(contactBeforeWorkOrder(new Date("2026-03-15T04:00:05.000Z"), openedAt)).toBe(true);
    expect(contactBeforeWorkOrder(new Date("2026-03-15T04:00:00.000Z"), openedAt)).toBe(true);
  });

  it("WO-TM-3: at the creation instant exactly a contact counts (−1 ms refused, at and after accepted)", () => {
    const openedAt = new Date("2026-03-15T04:00:05.000Z");
    expect(earliestContactSecond(openedAt)).toEqual(new Date("2026-03-15T04:00:05.000Z"));
    expect(contactBeforeWorkOrder(new Date("2026-03-15T04:00:04.999Z"), openedAt)).toBe(true);
    expect(contactBeforeWorkOrder(new Date("2026-03-15T04:00:05.000Z"), openedAt)).toBe(false);
    expect(contactBeforeWorkOrder(new Date("2026-03-15T04:00:05.001Z"), openedAt)).toBe(false);
  });

  it("WO-TM-3: the picker's latest second is now rounded down, never in the future", () => {
    const now = new Date("2026-03-15T06:30:59.900Z");
    expect(latestContactSecond(now)).toEqual(new Date("2026-03-15T06:30:59.000Z"));
    expect(contactInFuture(new Date("2026-03-15T06:30:59.000Z"), now)).toBe(false);
    expect(contactInFuture(new Date("2026-03-15T06:30:59.901Z"), now)).toBe(true);
  });
});
