import { describe, expect, it } from "vitest";
import { urgencyTiers } from "./deadlines";
import {
  compareMetric,
  disputeRate,
  disputeRefundRate,
  emptyOpenItems,
  inWindow,
  judgmentImpact,
  metricDefinition,
  metricKeys,
  onTimeReplyRate,
  openItemsTotal,
  openItemTier,
  ratio,
  urgencyTierBounds,
  windowEndingAt,
} from "./metrics";
import { marketplaceStyles } from "./shop";
import { DAY_MS } from "./time";

const now = new Date("2026-03-15T04:00:00.000Z");
const ms = (delta: number) => new Date(now.getTime() + delta);

describe("metrics definitions", () => {
  it("MET-1: the window is (now − 30 days, now]: exactly 30 days old is out, 1 ms younger is in, now is in", () => {
    const w = windowEndingAt(now);
    expect(w.start.toISOString()).toBe("2026-02-13T04:00:00.000Z");
    expect(inWindow(ms(-30 * DAY_MS), w)).toBe(false);
    expect(inWindow(ms(-30 * DAY_MS + 1), w)).toBe(true);
    expect(inWindow(now, w)).toBe(true);
    expect(inWindow(ms(1), w)).toBe(false);
  });

  it("MET-1: a zero denominator is no value (shown as —), never NaN or 0%", () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(0, 4)).toBe(0);
    expect(disputeRate({ judgedDisputes: 0, judgedWorkOrders: 0, paidOrders: 0 }, "jd")).toBeNull();
    expect(disputeRefundRate({ judgedRefunds: 0, refunds: 0 })).toBeNull();
    expect(onTimeReplyRate({ onTime: 0, due: 0 })).toBeNull();
    expect(onTimeReplyRate({ onTime: 3, due: 4 })).toBe(0.75);
  });

  it("WO-TM-5: work-order judgments count in the dispute rate of Tmall-style shops only", () => {
    const counts = { judgedDisputes: 1, judgedWorkOrders: 2, paidOrders: 10 };
    expect(disputeRate(counts, "tmall")).toBeCloseTo(0.3);
    for (const style of ["taobao", "pdd", "jd"] as const) expect(disputeRate(counts, style)).toBeCloseTo(0.1);
  });

  it("MET-1: open-item tiers at every bound (1 ms before, at, after); no deadline = later", () => {
    expect(urgencyTierBounds(now)).toEqual([
      { tier: "overdue", latestDue: new Date("2026-03-15T04:00:00.000Z") },
      { tier: "under_2h", latestDue: new Date("2026-03-15T06:00:00.000Z") },
      { tier: "under_6h", latestDue: new Date("2026-03-15T10:00:00.000Z") },
      { tier: "under_24h", latestDue: new Date("2026-03-16T04:00:00.000Z") },
    ]);
    const cases: [string, string][] = [
      ["2026-03-15T03:59:59.999Z", "overdue"],
      ["2026-03-15T04:00:00.000Z", "overdue"],
      ["2026-03-15T04:00:00.001Z", "under_2h"],
      ["2026-03-15T05:59:59.999Z", "under_2h"],
      ["2026-03-15T06:00:00.000Z", "under_2h"],
      ["2026-03-15T06:00:00.001Z", "under_6h"],
      ["2026-03-15T09:59:59.999Z", "under_6h"],
      ["2026-03-15T10:00:00.000Z", "under_6h"],
      ["2026-03-15T10:00:00.001Z", "under_24h"],
      ["2026-03-16T03:59:59.999Z", "under_24h"],
      ["2026-03-16T04:00:00.000Z", "under_24h"],
      ["2026-03-16T04:00:00.001Z", "later"],
    ];
    for (const [due, tier] of cases) expect([due, openItemTier(new Date(due), now)]).toEqual([due, tier]);
    expect(openItemTier(null, now)).toBe("later");
    const items = emptyOpenItems();
    items.overdue.dispute = 2;
    items.later.cancel_order = 1;
    expect(Object.keys(items)).toEqual([...urgencyTiers]);
    expect(openItemsTotal(items)).toBe(3);
  });

  it("DSP-5: a judgment against the merchant on a dispute adds one judged dispute over the same paid orders", () => {
    const dispute = { judgedDisputes: 1, judgedWorkOrders: 1, paidOrders: 20 };
    const refunds = { judgedRefunds: 1, refunds: 4 };
    expect(judgmentImpact({ kind: "dispute", style: "jd", dispute, refunds })).toEqual({
      metric: "dispute_rate",
      from: 0.05,
      to: 0.1,
    });
    expect(judgmentImpact({ kind: "dispute", style: "jd", dispute: { ...dispute, paidOrders: 0 }, refunds })).toEqual({
      metric: "dispute_rate",
      from: null,
      to: null,
    });
  });

  it("WO-TM-5: a work-order judgment moves the Tmall shop's dispute rate and the Taobao shop's dispute refund rate", () => {
    const dispute = { judgedDisputes: 1, judgedWorkOrders: 1, paidOrders: 20 };
    const refunds = { judgedRefunds: 1, refunds: 4 };
    expect(judgmentImpact({ kind: "work_order", style: "tmall", dispute, refunds })).toEqual({
      metric: "dispute_rate",
      from: 0.1,
      to: 0.15,
    });
    expect(judgmentImpact({ kind: "work_order", style: "taobao", dispute, refunds })).toEqual({
      metric: "dispute_refund_rate",
      from: 0.25,
      to: 0.4,
    });
  });

  it("MET-2: sorting puts shops without a value last in both directions", () => {
    const values = [0.2, null, 0.1, null, 0.3];
    expect([...values].sort((a, b) => compareMetric(a, b, "asc"))).toEqual([0.1, 0.2, 0.3, null, null]);
    expect([...values].sort((a, b) => compareMetric(a, b, "desc"))).toEqual([0.3, 0.2, 0.1, null, null]);
  });

  it("MET-1: every number has its definition in both languages, and Tmall's dispute rate says work orders count", () => {
    for (const key of metricKeys) {
      for (const style of marketplaceStyles) {
        const text = metricDefinition(key, style);
        expect(text["zh-CN"].length).toBeGreaterThan(10);
        expect(text.en.length).toBeGreaterThan(10);
      }
    }
    expect(metricDefinition("dispute_rate", "tmall")["zh-CN"]).toContain("工单");
    expect(metricDefinition("dispute_rate", "taobao")["zh-CN"]).not.toContain("工单");
  });
});
