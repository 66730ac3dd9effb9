import { describe, expect, it } from "vitest";
import { isStuck, nextSweepAttemptAt, sweepErrorText } from "./sweep-retry";

const at = new Date("2026-03-15T04:00:00.000Z");

describe("sweep retry backoff", () => {
  it("waits 5 s after the first failure and doubles each time", () => {
    expect(nextSweepAttemptAt(1, at).toISOString()).toBe("2026-03-15T04:00:05.000Z");
    expect(nextSweepAttemptAt(2, at).toISOString()).toBe("2026-03-15T04:00:10.000Z");
    expect(nextSweepAttemptAt(3, at).toISOString()).toBe("2026-03-15T04:00:20.000Z");
    expect(nextSweepAttemptAt(10, at).toISOString()).toBe("2026-03-15T04:42:40.000Z");
  });

  it("never waits more than an hour, however many attempts failed", () => {
    expect(nextSweepAttemptAt(11, at).toISOString()).toBe("2026-03-15T05:00:00.000Z");
    expect(nextSweepAttemptAt(1_000, at).toISOString()).toBe("2026-03-15T05:00:00.000Z");
  });

  it("counts a record as stuck from the third failed attempt", () => {
    expect([1, 2, 3, 4].map(isStuck)).toEqual([false, false, true, true]);
  });

  it("keeps the error's message and stack, cut to 2,000 characters", () => {
    const error = new Error("policy not found");
    expect(sweepErrorText(error)).toMatch(/^Error: policy not found\n\s+at /);
    expect(sweepErrorText("plain")).toBe("plain");
    const long = sweepErrorText("x".repeat(5_000));
    expect(long).toHaveLength(2_000);
    expect(long.endsWith("x…")).toBe(true);
  });
});
