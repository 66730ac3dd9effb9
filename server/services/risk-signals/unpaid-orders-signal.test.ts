import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createConsumer, createMerchant, createShop, openTestDb } from "@/server/test/harness";
import { daysAgo, disputeOn, NOW, ordersOf, unpaidOrders } from "@/server/test/fixtures/risk-signals";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("MAL-3 unpaid orders are orders closed unpaid", () => {
  it("MAL-3: counts orders the marketplace closed unpaid, placed in the window; not orders still awaiting payment, nor paid orders cancelled before shipping", async () => {
    const shop = await createShop(handle.db);
    const [merchant, buyer] = await Promise.all([createMerchant(handle.db, shop.id), createConsumer(handle.db)]);
    const buyerId = buyer.consumer.id;
    const closed = await unpaidOrders(handle.db, shop.id, buyerId, 5);
    await ordersOf(handle.db, shop.id, buyerId, 2, { status: "awaiting_payment" });
    await ordersOf(handle.db, shop.id, buyerId, 2, { status: "cancelled", shippedAt: null });
    // Placed 31 days ago, closed unpaid: outside the 30-day window.
    await unpaidOrders(handle.db, shop.id, buyerId, 3, { placedAt: daysAgo(31) });
    const [signed] = await ordersOf(handle.db, shop.id, buyerId, 1, { status: "signed" });
    if (!signed) throw new Error("no order");
    const dispute = await disputeOn(handle.db, signed);

    const result = await callerFor(handle.db, merchant, { now: fixedClock(NOW) }).riskSignals.merchant.buyer({
      kind: "dispute",
      id: dispute.id,
    });
    const signal = result.signals.find((s) => s.code === "unpaid_orders");
    expect(signal?.params).toEqual({ windowDays: 30, orders: 10, unpaid: 5 });
    expect(signal?.links.map((l) => l.id).sort()).toEqual(closed.map((o) => o.id).sort());
  });
});
