import { describe, expect, it } from "vitest";
import { canUrge, URGE_AFTER_MS, urgeAvailableAt } from "./invoice-rules";
import { DAY_MS } from "./time";

const T = new Date("2026-03-01T02:00:00.000Z");
const at = (ms: number) => new Date(T.getTime() + ms);
const completed = {
  status: "requested" as const,
  supplementary: false,
  requestedAt: T,
  orderCompletedAt: new Date("2026-02-25T00:00:00.000Z"),
};

describe("invoice rules", () => {
  it("INV-3: the window is exactly 10 days", () => {
    expect(URGE_AFTER_MS).toBe(864_000_000); // 10 × 24 × 3 600 000 ms
  });

  it("INV-3: completed order, requested at T — hidden at T+10d exactly, shown at T+10d+1ms, availableAt = T+10d+1ms", () => {
    expect(canUrge(completed, new Date("2026-03-11T01:59:59.999Z"))).toBe(false);
    expect(canUrge(completed, new Date("2026-03-11T02:00:00.000Z"))).toBe(false);
    expect(canUrge(completed, new Date("2026-03-11T02:00:00.001Z"))).toBe(true);
    expect(canUrge(completed, new Date("2026-03-31T02:00:00.000Z"))).toBe(true);
    expect(urgeAvailableAt(completed)).toEqual(new Date("2026-03-11T02:00:00.001Z"));
  });

  it("INV-3: a supplementary request likewise (its order completed before the request)", () => {
    const supplementary = { ...completed, supplementary: true };
    expect(canUrge(supplementary, new Date("2026-03-11T02:00:00.000Z"))).toBe(false);
    expect(canUrge(supplementary, new Date("2026-03-11T02:00:00.001Z"))).toBe(true);
    expect(urgeAvailableAt(supplementary)).toEqual(new Date("2026-03-11T02:00:00.001Z"));
  });

  it("INV-3: an order completed after the request counts from the request, not from completion", () => {
    const laterCompleted = { ...completed, orderCompletedAt: at(9 * DAY_MS) };
    expect(canUrge(laterCompleted, at(10 * DAY_MS + 1))).toBe(true);
  });

  it("INV-3: order not completed and not supplementary → never, however long", () => {
    const open = { ...completed, orderCompletedAt: null };
    expect(urgeAvailableAt(open)).toBeNull();
    expect(canUrge(open, at(10 * DAY_MS + 1))).toBe(false);
    expect(canUrge(open, at(365 * DAY_MS))).toBe(false);
  });

  it("INV-3: issued or refused → never", () => {
    for (const status of ["issued", "refused"] as const) {
      expect(urgeAvailableAt({ ...completed, status })).toBeNull();
      expect(canUrge({ ...completed, status }, at(11 * DAY_MS))).toBe(false);
      expect(canUrge({ ...completed, supplementary: true, status }, at(11 * DAY_MS))).toBe(false);
    }
  });
});
