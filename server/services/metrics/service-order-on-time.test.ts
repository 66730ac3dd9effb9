import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import { openTestDb, serviceContext, TEST_NOW } from "@/server/test/harness";
import { at, daysAgo, insertWorkOrder, metricsWorld, type MetricsWorld } from "@/server/test/fixtures/metrics";
import { insertDeadline, insertServiceOrder } from "@/server/test/fixtures/service-order-rows";
import { getShopMetrics, getShopTrends } from "./shop-dashboard";

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

async function serviceOrderOf(w: MetricsWorld) {
  const order = { ...w.oldOrder, items: [] };
  return insertServiceOrder(handle.db, { shop: w.shop, merchant: w.merchant, consumer: w.consumer, order });
}

describe("MET-1 on-time reply rate counts after-sales deadlines", () => {
  it("MET-1: the merchant's service-order deadlines settled met or missed in (now − 30d, now] count beside work orders; void, consumer and unsettled ones do not", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    const so = await serviceOrderOf(w);
    const ran = (startedAt: Date) => ({ startedAt, dueAt: new Date(startedAt.getTime() + 48 * HOUR_MS) });
    // Counted: met (review), missed (repair), met exactly 30 days minus 1 ms ago, met now.
    await insertDeadline(db, so, { ...ran(daysAgo(5)), kind: "review", settledAt: daysAgo(4), outcome: "met" });
    await insertDeadline(db, so, { ...ran(daysAgo(40)), kind: "repair", settledAt: daysAgo(3), outcome: "missed" });
    await insertDeadline(db, so, { ...ran(daysAgo(31)), kind: "processing", settledAt: at(-EDGE + 1), outcome: "met" });
    await insertDeadline(db, so, { ...ran(daysAgo(1)), kind: "on_site", settledAt: TEST_NOW, outcome: "met" });
    // Not counted: settled exactly 30 days ago (out of the window), void, the consumer's, still running.
    await insertDeadline(db, so, { ...ran(daysAgo(32)), kind: "review", settledAt: at(-EDGE), outcome: "met" });
    await insertDeadline(db, so, { ...ran(daysAgo(2)), kind: "review", settledAt: daysAgo(1), outcome: "void" });
    await insertDeadline(db, so, {
      ...ran(daysAgo(2)),
      kind: "consent",
      party: "consumer",
      settledAt: daysAgo(1),
      outcome: "missed",
    });
    await insertDeadline(db, so, { ...ran(daysAgo(3)), kind: "processing" });
    // One work order replied in time beside them.
    await insertWorkOrder(db, w, { status: "resolved", dueAt: daysAgo(3), repliedAt: daysAgo(4), replyOnTime: true });
    // Another shop's deadline is not this shop's.
    const other = await metricsWorld(db);
    await insertDeadline(db, await serviceOrderOf(other), {
      ...ran(daysAgo(3)),
      settledAt: daysAgo(2),
      outcome: "missed",
    });

    expect((await metricsOf(w)).onTimeReplyRate).toEqual({ value: 4 / 5, onTime: 4, due: 5 });
    expect((await metricsOf(other)).onTimeReplyRate).toEqual({ value: 0, onTime: 0, due: 1 });
    // 1 ms later the deadline settled at the window's edge has left it.
    expect((await metricsOf(w, at(1))).onTimeReplyRate).toEqual({ value: 3 / 4, onTime: 3, due: 4 });
  });

  it("MET-2: the trend's last point counts the same service-order deadlines as the card", async () => {
    const { db } = handle;
    const w = await metricsWorld(db);
    const so = await serviceOrderOf(w);
    await insertDeadline(db, so, {
      startedAt: daysAgo(3),
      dueAt: daysAgo(1),
      settledAt: daysAgo(1),
      outcome: "missed",
      kind: "processing",
    });
    await insertDeadline(db, so, { startedAt: daysAgo(6), dueAt: daysAgo(4), settledAt: daysAgo(5), outcome: "met" });
    expect((await metricsOf(w)).onTimeReplyRate).toEqual({ value: 1 / 2, onTime: 1, due: 2 });
    const trends = await getShopTrends(serviceContext(db, null), { shopId: w.shop.id });
    expect(trends.points.at(-1)?.onTimeReplyRate).toBe(1 / 2);
  });
});
