import { describe, expect, it } from "vitest";
import { dueAfter, isPastDue, urgencyOf } from "./deadlines";

const HOUR = 3_600_000;
const start = new Date("2026-03-01T00:00:00.000Z");

describe("deadlines", () => {
  it("24h is exact elapsed time in UTC and is over exactly at the deadline", () => {
    const due = dueAfter(start, 24 * HOUR);
    expect(due.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(isPastDue(due, new Date(due.getTime() - 1))).toBe(false);
    expect(isPastDue(due, due)).toBe(true);
    expect(isPastDue(due, new Date(due.getTime() + 1))).toBe(true);
  });

  it("urgency tiers of the warning queue", () => {
    const due = dueAfter(start, 48 * HOUR);
    const at = (hoursLeft: number) => new Date(due.getTime() - hoursLeft * HOUR);
    expect(urgencyOf(due, at(0))).toBe("overdue");
    expect(urgencyOf(due, at(-1))).toBe("overdue");
    expect(urgencyOf(due, at(2))).toBe("under_2h");
    expect(urgencyOf(due, at(2.001))).toBe("under_6h");
    expect(urgencyOf(due, at(6))).toBe("under_6h");
    expect(urgencyOf(due, at(24))).toBe("under_24h");
    expect(urgencyOf(due, at(24.001))).toBe("later");
  });
});
