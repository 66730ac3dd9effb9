import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createAdmin, createConsumer, createMerchant, createShop, openTestDb } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { NOW, daysAgo, disputeOn, noReasonReturn, ordersOf, unpaidOrders } from "@/server/test/fixtures/risk-signals";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const clock = { now: fixedClock(NOW) };

/** 拼好货 and 晨光 with their merchants, a buyer at both, and a judge. */
async function world() {
  const [pin, chen] = await Promise.all([createShop(handle.db), createShop(handle.db)]);
  const [pinMerchant, chenMerchant, buyer, judge] = await Promise.all([
    createMerchant(handle.db, pin.id),
    createMerchant(handle.db, chen.id),
    createConsumer(handle.db),
    createAdmin(handle.db),
  ]);
  return { pin, chen, pinMerchant, chenMerchant, buyer, buyerId: buyer.consumer.id, judge };
}

describe("MAL-3 buyer signals", () => {
  it("MAL-3: 拼好货's merchant sees 14 orders, 11 unpaid in 30 days at its shop only; the judge sees 20 and 16 platform-wide", async () => {
    const w = await world();
    const paid = await ordersOf(handle.db, w.pin.id, w.buyerId, 3, { status: "completed", paidAt: daysAgo(20) });
    const unpaid = await unpaidOrders(handle.db, w.pin.id, w.buyerId, 11);
    await ordersOf(handle.db, w.pin.id, w.buyerId, 4, { status: "cancelled", paidAt: daysAgo(31) });
    await unpaidOrders(handle.db, w.chen.id, w.buyerId, 5);
    await ordersOf(handle.db, w.chen.id, w.buyerId, 1, { status: "completed", paidAt: daysAgo(20) });
    const first = paid[0];
    if (!first) throw new Error("no order");
    const dispute = await disputeOn(handle.db, first);

    const merchant = await callerFor(handle.db, w.pinMerchant, clock).riskSignals.merchant.buyer({
      kind: "dispute",
      id: dispute.id,
    });
    expect(merchant.scope).toBe("shop");
    const s = merchant.signals.find((x) => x.code === "unpaid_orders");
    expect(s?.params).toEqual({ windowDays: 30, orders: 14, unpaid: 11 });
    expect(s?.links).toHaveLength(10);
    const pinUnpaid = new Set(unpaid.map((o) => o.id));
    expect(s?.links.every((l) => l.kind === "order" && pinUnpaid.has(l.id))).toBe(true);

    const judge = await callerFor(handle.db, w.judge, clock).riskSignals.admin.case({
      kind: "dispute",
      id: dispute.id,
    });
    const p = judge.buyer.find((x) => x.code === "unpaid_orders");
    expect(p?.params).toEqual({ windowDays: 30, orders: 20, unpaid: 16 });
  });

  it("MAL-3: the 30-day window counts an order paid exactly 30 days ago and not one paid 1 ms earlier", async () => {
    const w = await world();
    const [at] = await unpaidOrders(handle.db, w.pin.id, w.buyerId, 1, { paidAt: daysAgo(30) });
    await unpaidOrders(handle.db, w.pin.id, w.buyerId, 1, { paidAt: daysAgo(30, 1) });
    await unpaidOrders(handle.db, w.pin.id, w.buyerId, 4);
    if (!at) throw new Error("no order");
    const d = await disputeOn(handle.db, at);
    const r = await callerFor(handle.db, w.pinMerchant, clock).riskSignals.merchant.buyer({
      kind: "dispute",
      id: d.id,
    });
    expect(r.signals.find((x) => x.code === "unpaid_orders")?.params).toEqual({ windowDays: 30, orders: 5, unpaid: 5 });
  });

  it("MAL-3 tenant: 晨光's merchant gets NOT_FOUND for 拼好货's record and sees nothing of 拼好货's data on its own", async () => {
    const w = await world();
    await unpaidOrders(handle.db, w.pin.id, w.buyerId, 8);
    const [pinOrder] = await ordersOf(handle.db, w.pin.id, w.buyerId, 1);
    const [chenOrder] = await ordersOf(handle.db, w.chen.id, w.buyerId, 1);
    if (!pinOrder || !chenOrder) throw new Error("no order");
    const pinDispute = await disputeOn(handle.db, pinOrder);
    const chenDispute = await disputeOn(handle.db, chenOrder);
    const chen = callerFor(handle.db, w.chenMerchant, clock);
    await expectTrpcError(chen.riskSignals.merchant.buyer({ kind: "dispute", id: pinDispute.id }), "NOT_FOUND");
    await expectTrpcError(chen.riskSignals.merchant.buyer({ kind: "dispute", id: "not-a-uuid" }), "NOT_FOUND");
    const own = await chen.riskSignals.merchant.buyer({ kind: "dispute", id: chenDispute.id });
    expect(own).toEqual({ consumerId: w.buyerId, scope: "shop", signals: [] });
    await expectTrpcError(chen.riskSignals.admin.case({ kind: "dispute", id: chenDispute.id }), "FORBIDDEN");
    await expectTrpcError(chen.riskSignals.admin.merchant({ shopId: w.chen.id }), "FORBIDDEN");
  });

  it("MAL-3 tenant: a consumer is FORBIDDEN on every risk-signal procedure, their own record included", async () => {
    const w = await world();
    const [order] = await ordersOf(handle.db, w.pin.id, w.buyerId, 1);
    if (!order) throw new Error("no order");
    const d = await disputeOn(handle.db, order);
    const me = callerFor(handle.db, w.buyer, clock);
    await expectTrpcError(me.riskSignals.merchant.buyer({ kind: "dispute", id: d.id }), "FORBIDDEN");
    await expectTrpcError(me.riskSignals.admin.case({ kind: "dispute", id: d.id }), "FORBIDDEN");
    await expectTrpcError(me.riskSignals.admin.buyer({ kind: "dispute", id: d.id }), "FORBIDDEN");
    await expectTrpcError(me.riskSignals.admin.merchant({ shopId: w.pin.id }), "FORBIDDEN");
  });

  it("MAL-3: orders to the buyer's address from 2 other accounts at this shop (3 platform-wide)", async () => {
    const w = await world();
    const address = `北京市朝阳区建国路 ${w.buyerId.slice(0, 8)} 号`;
    const [mine] = await ordersOf(handle.db, w.pin.id, w.buyerId, 1, { shippingAddress: address });
    const [y, z, v] = await Promise.all([
      createConsumer(handle.db),
      createConsumer(handle.db),
      createConsumer(handle.db),
    ]);
    if (!mine || !y || !z || !v) throw new Error("setup");
    await ordersOf(handle.db, w.pin.id, y.consumer.id, 2, { shippingAddress: address });
    await ordersOf(handle.db, w.pin.id, z.consumer.id, 1, { shippingAddress: address });
    await ordersOf(handle.db, w.chen.id, v.consumer.id, 1, { shippingAddress: address });
    await ordersOf(handle.db, w.pin.id, v.consumer.id, 1, { shippingAddress: address, paidAt: daysAgo(91) });
    const d = await disputeOn(handle.db, mine);
    const merchant = await callerFor(handle.db, w.pinMerchant, clock).riskSignals.merchant.buyer({
      kind: "dispute",
      id: d.id,
    });
    const s = merchant.signals.find((x) => x.code === "shared_address");
    expect(s?.params).toEqual({ windowDays: 90, accounts: 2, orders: 3, addresses: 1 });
    const judge = await callerFor(handle.db, w.judge, clock).riskSignals.admin.buyer({ kind: "dispute", id: d.id });
    expect(judge.signals.find((x) => x.code === "shared_address")?.params).toEqual({
      windowDays: 90,
      accounts: 3,
      orders: 4,
      addresses: 1,
    });
  });

  it("MAL-3: 3 of 5 orders in dispute (60%), 3 seven-day returns, and 3 same-day orders each just over a threshold", async () => {
    const w = await world();
    const address = `杭州市西湖区 ${w.buyerId.slice(0, 8)} 号`;
    const day = new Date("2038-01-25T02:00:00.000Z");
    const split = await Promise.all(
      [9_950, 10_800, 5_000].map((amountFen, i) =>
        ordersOf(handle.db, w.pin.id, w.buyerId, 1, {
          status: "completed",
          amountFen,
          shippingAddress: address,
          paidAt: new Date(day.getTime() + i * 3_600_000),
        }),
      ),
    );
    // Over the margin (10_900 > 9_900 × 1.1) or with shipping paid: not split orders.
    await ordersOf(handle.db, w.pin.id, w.buyerId, 1, { amountFen: 10_900, shippingAddress: address, paidAt: day });
    await ordersOf(handle.db, w.pin.id, w.buyerId, 1, {
      amountFen: 9_900,
      shippingFen: 600,
      shippingAddress: address,
      paidAt: day,
    });
    const orders = split.flat();
    const disputed = await Promise.all(orders.map((o) => disputeOn(handle.db, o)));
    await Promise.all(orders.map((o) => noReasonReturn(handle.db, o)));
    const first = disputed[0];
    if (!first) throw new Error("setup");
    const r = await callerFor(handle.db, w.pinMerchant, clock).riskSignals.merchant.buyer({
      kind: "dispute",
      id: first.id,
    });
    const by = (code: string) => r.signals.find((x) => x.code === code);
    expect(by("dispute_share")?.params).toEqual({ windowDays: 90, orders: 5, disputed: 3, percent: 60 });
    expect(
      by("dispute_share")
        ?.links.map((l) => l.id)
        .sort(),
    ).toEqual(disputed.map((d) => d.id).sort());
    expect(by("no_reason_returns")?.params).toEqual({ windowDays: 90, returns: 3 });
    expect(by("no_reason_returns")?.links[0]?.kind).toBe("service_order");
    expect(by("split_orders")?.params).toEqual({ windowDays: 30, days: 1, orders: 3, marginPercent: 10 });
  });
});
