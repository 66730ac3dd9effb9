import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import { openTestDb, serviceContext, TEST_NOW } from "@/server/test/harness";
import { getShopMetrics, getShopTrends } from "./shop-dashboard";
import {
  at,
  daysAgo,
  insertCancelOrder,
  insertDispute,
  insertRefund,
  insertViolation,
  insertWorkOrder,
  metricsWorld,
  paidOrder,
  type MetricsWorld,
} from "@/server/test/fixtures/metrics";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const EDGE = 30 * DAY_MS;
const metricsOf = (w: MetricsWorld, now: Date = TEST_NOW) =>
  getShopMetrics(serviceContext(handle.db, null, { now }), { shopId: w.shop.id });

describe("MET-1 numbers over (now − 30d, now]", () => {
  it("MET-1: dispute rate = disputes judged against the merchant ÷ orders paid, exactly 30 days old out; other shops' data not counted", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    for (const paidAt of [at(-EDGE), at(-EDGE + 1), daysAgo(10), TEST_NOW]) await paidOrder(db, w, paidAt);
    await insertDispute(db, w, { judgedAt: at(-EDGE) });
    await insertDispute(db, w, { judgedAt: at(-EDGE + 1) });
    await insertDispute(db, w, { judgedAt: TEST_NOW });
    await insertDispute(db, w, { judgedAt: daysAgo(1), liableParty: "consumer" });
    await insertDispute(db, w, { judgedAt: daysAgo(1), liableParty: "platform" });
    // A judged work order of a JD shop does not count in its dispute rate (WO-TM-5: Tmall only).
    await insertWorkOrder(db, w, { status: "resolved", decidedAt: daysAgo(2), liableParty: "merchant" });
    const other = await metricsWorld(db);
    await paidOrder(db, other, daysAgo(3));
    await insertDispute(db, other, { judgedAt: daysAgo(3) });
    await insertDispute(db, other, { judgedAt: daysAgo(4) });

    const m = await metricsOf(w);
    expect(m.disputeRate).toMatchObject({
      judgedDisputes: 2,
      judgedWorkOrders: 1,
      workOrdersCounted: false,
      paidOrders: 3,
    });
    expect(m.disputeRate.value).toBeCloseTo(2 / 3);
    expect((await metricsOf(other)).disputeRate).toMatchObject({ value: 2, judgedDisputes: 2, paidOrders: 1 });
    // 1 ms later the order and the dispute at the edge have left the window.
    const later = await metricsOf(w, at(1));
    expect(later.disputeRate).toMatchObject({ judgedDisputes: 1, paidOrders: 2 });
  });

  it("MET-1: dispute refund rate = refunds by platform judgment ÷ all refunds (compensation in neither), with amounts", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    const judged = await insertDispute(db, w, { judgedAt: daysAgo(2) });
    const settledByPlan = await insertDispute(db, w, { judgedAt: daysAgo(1) });
    await insertRefund(db, w, {
      sourceType: "dispute",
      sourceId: judged.id,
      kind: "dispute_refund",
      cause: "judgment",
      amountFen: 5_000,
      createdAt: daysAgo(2),
    });
    // A plan's refund before the dispute was judged is the merchant's own, not the judgment's.
    await insertRefund(db, w, {
      sourceType: "dispute",
      sourceId: settledByPlan.id,
      kind: "order_refund",
      cause: "settlement_plan",
      amountFen: 700,
      createdAt: daysAgo(3),
    });
    await insertRefund(db, w, {
      sourceType: "work_order",
      kind: "dispute_refund",
      cause: "timeout",
      amountFen: 3_000,
      createdAt: at(-EDGE + 1),
    });
    await insertRefund(db, w, {
      sourceType: "work_order",
      kind: "compensation",
      cause: "work_order_decision",
      amountFen: 999,
      createdAt: daysAgo(5),
    });
    await insertRefund(db, w, {
      sourceType: "cancel_order",
      kind: "order_refund",
      cause: "cancel_review",
      amountFen: 1_200,
      createdAt: TEST_NOW,
    });
    await insertRefund(db, w, {
      sourceType: "work_order",
      kind: "dispute_refund",
      cause: "work_order_decision",
      amountFen: 8_000,
      createdAt: at(-EDGE),
    });
    const other = await metricsWorld(db);
    await insertRefund(db, other, {
      sourceType: "work_order",
      kind: "dispute_refund",
      cause: "work_order_decision",
      amountFen: 100,
      createdAt: daysAgo(1),
    });

    const m = await metricsOf(w);
    expect(m.disputeRefundRate).toEqual({
      value: 0.5,
      judgedRefunds: 2,
      refunds: 4,
      judgedRefundFen: 8_000,
      refundFen: 9_900,
    });
  });

  it("MET-1: the dispute refund rate reads each refund's recorded cause, not its timestamps", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    // Paid by the judgment, but written a moment after the judgment's own instant: still a judgment refund.
    const judged = await insertDispute(db, w, { judgedAt: daysAgo(2) });
    await insertRefund(db, w, {
      sourceType: "dispute",
      sourceId: judged.id,
      kind: "dispute_refund",
      cause: "judgment",
      amountFen: 4_000,
      createdAt: at(-2 * DAY_MS + 1),
    });
    // The dispute's own plan refund that happens to share the judgment's instant: not a judgment refund.
    const planned = await insertDispute(db, w, { judgedAt: daysAgo(1) });
    await insertRefund(db, w, {
      sourceType: "dispute",
      sourceId: planned.id,
      kind: "dispute_refund",
      cause: "settlement_plan",
      amountFen: 600,
      createdAt: daysAgo(1),
    });

    const m = await metricsOf(w);
    expect(m.disputeRefundRate).toEqual({
      value: 0.5,
      judgedRefunds: 1,
      refunds: 2,
      judgedRefundFen: 4_000,
      refundFen: 4_600,
    });
  });

  it("MET-1: on-time reply rate = replied in time ÷ work orders replied or due in the window (platform-routed ones not counted)", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    await insertWorkOrder(db, w, { status: "resolved", dueAt: daysAgo(3), repliedAt: daysAgo(4), replyOnTime: true });
    await insertWorkOrder(db, w, { status: "expired", dueAt: daysAgo(2), replyOnTime: false });
    await insertWorkOrder(db, w, { status: "judging", dueAt: TEST_NOW, replyOnTime: false });
    // Past due but not swept yet: late all the same.
    await insertWorkOrder(db, w, { status: "open", dueAt: at(-HOUR_MS) });
    await insertWorkOrder(db, w, { status: "open", dueAt: at(HOUR_MS) });
    await insertWorkOrder(db, w, { status: "resolved", dueAt: daysAgo(29), repliedAt: at(-EDGE), replyOnTime: true });
    await insertWorkOrder(db, w, {
      status: "resolved",
      dueAt: daysAgo(29),
      repliedAt: at(-EDGE + 1),
      replyOnTime: true,
    });
    await insertWorkOrder(db, w, {
      status: "resolved",
      routedTo: "platform",
      dueAt: daysAgo(2),
      repliedAt: daysAgo(2),
      replyOnTime: true,
    });

    expect((await metricsOf(w)).onTimeReplyRate).toEqual({ value: 2 / 5, onTime: 2, due: 5 });
  });

  it("MET-1: open items now by urgency tier — open work orders, disputes awaiting the merchant, cancel orders awaiting review", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    await insertWorkOrder(db, w, { status: "open", dueAt: at(-1) });
    await insertWorkOrder(db, w, { status: "promised", dueAt: at(2 * HOUR_MS) });
    await insertWorkOrder(db, w, { status: "open", dueAt: at(2 * HOUR_MS + 1) });
    await insertWorkOrder(db, w, { status: "resolved", dueAt: at(HOUR_MS) });
    await insertWorkOrder(db, w, { status: "open", routedTo: "platform", dueAt: at(HOUR_MS) });
    await insertDispute(db, w, { status: "awaiting_merchant", dueAt: TEST_NOW });
    await insertDispute(db, w, { status: "awaiting_merchant", dueAt: at(30 * HOUR_MS) });
    await insertDispute(db, w, { status: "awaiting_consumer", dueAt: at(HOUR_MS) });
    await insertDispute(db, w, { status: "awaiting_merchant", responsibleParty: "platform", dueAt: at(HOUR_MS) });
    await insertCancelOrder(db, w, { status: "pending" });
    await insertCancelOrder(db, w, { status: "logistics_pending", dueAt: at(24 * HOUR_MS) });
    await insertCancelOrder(db, w, { status: "refund_succeeded" });

    const { openItems } = await metricsOf(w);
    expect(openItems.total).toBe(7);
    expect(openItems.overdue).toBe(2);
    expect(openItems.byTier).toEqual({
      overdue: { work_order: 1, dispute: 1, cancel_order: 0 },
      under_2h: { work_order: 1, dispute: 0, cancel_order: 0 },
      under_6h: { work_order: 1, dispute: 0, cancel_order: 0 },
      under_24h: { work_order: 0, dispute: 0, cancel_order: 1 },
      later: { work_order: 0, dispute: 1, cancel_order: 1 },
    });
  });

  it("MET-1: penalty points = effective tickets' points in the window; pending and appealed shown apart; overturned none", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    await insertViolation(db, w, { status: "effective", points: 2, effectiveAt: TEST_NOW });
    await insertViolation(db, w, { status: "effective", points: 4, effectiveAt: at(-EDGE + 1) });
    await insertViolation(db, w, { status: "effective", points: 12, effectiveAt: at(-EDGE) });
    await insertViolation(db, w, { status: "pending", points: 3 });
    await insertViolation(db, w, { status: "appealed", points: 5 });
    await insertViolation(db, w, { status: "overturned", points: 48 });
    expect((await metricsOf(w)).penaltyPoints).toEqual({ effective: 6, pending: 8 });
  });

  it("MET-1: a shop with nothing in the window has no rates (—), zero points and no open items", async () => {
    const w = await metricsWorld(handle.db);
    const m = await metricsOf(w);
    expect([m.disputeRate.value, m.disputeRefundRate.value, m.onTimeReplyRate.value]).toEqual([null, null, null]);
    expect(m.penaltyPoints).toEqual({ effective: 0, pending: 0 });
    expect(m.openItems.total).toBe(0);
  });
});

describe("MET-2 trends", () => {
  it("MET-2: 90 daily points in Shanghai days, each the 30 calendar days ending that day; today's point equals the cards", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    // 2026-02-02 00:00 Shanghai exactly, and 1 ms before it (still 2026-02-01).
    const midnight = new Date("2026-02-01T16:00:00.000Z");
    await paidOrder(db, w, midnight);
    await paidOrder(db, w, at(-1, midnight));
    await insertDispute(db, w, { judgedAt: midnight });
    await insertViolation(db, w, { status: "effective", points: 2, effectiveAt: daysAgo(1) });

    const { points, timeZone } = await getShopTrends(serviceContext(db, null), { shopId: w.shop.id });
    expect(timeZone).toBe("Asia/Shanghai");
    expect(points).toHaveLength(90);
    expect(points[0]?.day).toBe("2025-12-16");
    expect(points.at(-1)?.day).toBe("2026-03-15");
    const on = (day: string) => points.find((p) => p.day === day);
    expect(on("2026-01-31")?.disputeRate).toBeNull();
    expect(on("2026-02-01")?.disputeRate).toBe(0);
    expect(on("2026-02-02")?.disputeRate).toBe(0.5);
    // Paid 2026-02-01 23:59:59.999 leaves after 30 calendar days: its last day is 03-02.
    expect(on("2026-03-02")?.disputeRate).toBe(0.5);
    expect(on("2026-03-03")?.disputeRate).toBe(1);
    expect(on("2026-03-04")?.disputeRate).toBeNull();

    const cards = await metricsOf(w);
    expect(points.at(-1)).toEqual({
      day: "2026-03-15",
      disputeRate: cards.disputeRate.value,
      disputeRefundRate: cards.disputeRefundRate.value,
      onTimeReplyRate: cards.onTimeReplyRate.value,
      penaltyPoints: cards.penaltyPoints.effective,
    });
    expect(points.at(-1)?.penaltyPoints).toBe(2);
  });
});
