import { describe, expect, it } from "vitest";
import { isPastDue } from "../deadlines";
import { HOUR_MS } from "../time";
import { platformDeadline, platformDeadlinePolicyAt, platformDeadlinesV1 } from "./platform-deadlines";

const since = new Date("2026-03-10T02:00:00.000Z");

describe("the platform's own deadlines", () => {
  it("DSP-5/WO-TM-4: 48h to judge a dispute or a work order, 24h for a cancel-order dispute, 72h for 二审 — over at the instant, not 1 ms before", () => {
    const urged = platformDeadline({ kind: "dispute", scenario: "invoice_urged" }, since);
    expect(urged).toMatchObject({ policyId: "platform.deadlines", policyVersion: 1, windowMs: 48 * HOUR_MS });
    expect(isPastDue(urged.dueAt, new Date(since.getTime() + 48 * HOUR_MS - 1))).toBe(false);
    expect(isPastDue(urged.dueAt, new Date(since.getTime() + 48 * HOUR_MS))).toBe(true);
    expect(isPastDue(urged.dueAt, new Date(since.getTime() + 48 * HOUR_MS + 1))).toBe(true);
    expect(platformDeadline({ kind: "dispute", scenario: "order_cancel" }, since).windowMs).toBe(24 * HOUR_MS);
    expect(platformDeadline({ kind: "work_order", type: "not_received", stage: "judging" }, since).windowMs).toBe(
      48 * HOUR_MS,
    );
    expect(platformDeadline({ kind: "work_order", type: "collaborative", stage: "reviewing" }, since).windowMs).toBe(
      72 * HOUR_MS,
    );
  });

  it("ROL-1: a case keeps the version in force when it reached the platform", () => {
    expect(platformDeadlinePolicyAt(since)).toBe(platformDeadlinesV1);
    expect(platformDeadlinePolicyAt(new Date("2000-01-01T00:00:00.000Z"))).toBe(platformDeadlinesV1);
  });
});
