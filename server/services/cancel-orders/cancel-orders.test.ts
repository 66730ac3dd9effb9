import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import {
  callerFor,
  createConsumer,
  createMerchant,
  createShop,
  openTestDb,
  submissionKey,
  TEST_NOW,
} from "@/server/test/harness";
import { auditActions } from "@/server/test/fixtures/disputes";
import {
  anotherOrder,
  at,
  cancelRow,
  cancelWorld,
  H,
  interceptionOf,
  notificationKinds,
  orderRow,
  refundsOfOrder,
} from "@/server/test/fixtures/cancel-orders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("cancel requests and the merchant's review", () => {
  it("DSP-CXL-6: a consumer requests on a paid order; the shop is notified (NTF-1); approving refunds in full once and cancels the order", async () => {
    const { db } = handle;
    const w = await cancelWorld(db, { status: "paid" });
    const requestable = await w.asConsumer.cancelOrder.consumer.requestable({ orderId: w.order.id });
    expect(requestable).toMatchObject({ available: true, unavailableReason: null });
    expect(requestable.reasons.map((r) => r.key)).toEqual([
      "changed_mind",
      "ordered_wrong",
      "slow_shipping",
      "better_price",
      "other",
    ]);

    const { id } = await w.asConsumer.cancelOrder.consumer.request({
      orderId: w.order.id,
      reason: "changed_mind",
      note: "不想要了",
    });
    expect(await cancelRow(db, id)).toMatchObject({
      status: "pending",
      reason: "changed_mind",
      requestReason: null,
      disputeId: null,
    });
    expect(await notificationKinds(db, { shopId: w.shop.id })).toContainEqual({
      kind: "cancel_order.requested",
      params: { reason: "changed_mind" },
    });

    const detail = await w.asMerchant.cancelOrder.merchant.get({ cancelOrderId: id });
    expect(detail.actions).toEqual({ approve: true, reject: true, forceRefund: false, withdraw: false });
    expect(detail.approveOutcome).toBe("refund");

    const approved = await w.asMerchant.cancelOrder.merchant.approve({
      idempotencyKey: submissionKey(),
      cancelOrderId: id,
    });
    expect(approved).toEqual({ id, status: "refund_succeeded", refundedFen: 12_800 });
    // A double click: the second is a conflict and pays nothing.
    await expect(
      w.asMerchant.cancelOrder.merchant.approve({ idempotencyKey: submissionKey(), cancelOrderId: id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const ledger = await refundsOfOrder(db, w.order.id);
    expect(ledger).toMatchObject([
      {
        sourceType: "cancel_order",
        sourceId: id,
        kind: "order_refund",
        amountFen: 12_800,
        cause: "cancel_review",
        reason: null,
        reasonMessage: { code: "cancelApproved" },
      },
    ]);
    expect(await orderRow(db, w.order.id)).toMatchObject({ status: "cancelled", cancelledAt: TEST_NOW });
    expect(await notificationKinds(db, { consumerId: w.consumer.consumer.id })).toEqual(
      expect.arrayContaining([
        { kind: "cancel_order.approved", params: { outcome: "refunded" } },
        { kind: "cancel_order.refunded", params: { amountFen: 12_800 } },
      ]),
    );
    expect((await auditActions(db, id)).map((a) => a.action)).toEqual([
      "cancel_order.requested",
      "cancel_order.approved",
      "cancel_order.refund_made",
    ]);
    // The timeline note is a code the reader's language puts into words, not bilingual prose.
    const timeline = (await w.asConsumer.cancelOrder.consumer.get({ cancelOrderId: id })).timeline;
    const refundNote = timeline.find((e) => e.action === "cancel_order.refund_made")?.payload;
    expect(refundNote).toMatchObject({ cause: "cancel_review", message: { code: "cancelApproved" } });
    expect(refundNote).not.toHaveProperty("note");
    await expect(
      w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "other" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("全额退款") });
  });

  it("DSP-CXL-4: approving a platform delivery in transit intercepts first; the refund follows the carrier's success", async () => {
    const { db } = handle;
    const w = await cancelWorld(db, { status: "shipped", deliveryType: "platform" });
    const { id } = await w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "slow_shipping" });
    expect((await w.asMerchant.cancelOrder.merchant.get({ cancelOrderId: id })).approveOutcome).toBe("intercept");
    await expect(
      w.asMerchant.cancelOrder.merchant.approve({ idempotencyKey: submissionKey(), cancelOrderId: id }),
    ).resolves.toMatchObject({ status: "intercepting", refundedFen: 0 });
    const interception = await interceptionOf(db, id);
    expect(interception).toMatchObject({ status: "requested" });
    expect(await refundsOfOrder(db, w.order.id)).toEqual([]);
    w.clock.advance(H);
    await w.asAdmin.cancelOrder.admin.logistics.reportInterception({
      interceptionId: interception?.id ?? "",
      outcome: "succeeded",
    });
    expect(await cancelRow(db, id)).toMatchObject({ status: "refund_succeeded" });
    expect(await refundsOfOrder(db, w.order.id)).toMatchObject([
      {
        amountFen: 12_800,
        sourceType: "cancel_order",
        cause: "interception",
        reason: null,
        reasonMessage: { code: "interceptionSucceeded" },
      },
    ]);
    await expect(
      w.asAdmin.cancelOrder.admin.logistics.reportInterception({
        interceptionId: interception?.id ?? "",
        outcome: "failed",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("DSP-CXL-3: the merchant rejects a pending request by hand with a reason; the consumer may ask again; withdrawing closes it", async () => {
    const { db } = handle;
    const w = await cancelWorld(db);
    const { id } = await w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "better_price" });
    await expect(
      w.asMerchant.cancelOrder.merchant.reject({ idempotencyKey: submissionKey(), cancelOrderId: id, reason: "短" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      w.asMerchant.cancelOrder.merchant.reject({
        idempotencyKey: submissionKey(),
        cancelOrderId: id,
        reason: "已与顾客电话沟通,继续发货",
      }),
    ).resolves.toEqual({ id, status: "rejected" });
    expect(await cancelRow(db, id)).toMatchObject({ rejectReason: "已与顾客电话沟通,继续发货", decidedAt: TEST_NOW });
    expect(await notificationKinds(db, { consumerId: w.consumer.consumer.id })).toContainEqual({
      kind: "cancel_order.rejected",
      params: {},
    });
    const again = await w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "other" });
    await expect(
      w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "other" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(w.asConsumer.cancelOrder.consumer.withdraw({ cancelOrderId: again.id })).resolves.toEqual({
      id: again.id,
      status: "closed",
    });
    expect(await refundsOfOrder(db, w.order.id)).toEqual([]);
  });

  it("DSP-CXL-6: requests only on paid or shipped orders; signed, completed and cancelled ones say why", async () => {
    const { db } = handle;
    for (const status of ["signed", "completed", "cancelled"] as const) {
      const w = await cancelWorld(db, { status });
      const requestable = await w.asConsumer.cancelOrder.consumer.requestable({ orderId: w.order.id });
      expect(requestable.available).toBe(false);
      await expect(
        w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "other" }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
    }
  });

  it("SHOP-3: another shop's or another consumer's ids are NOT_FOUND, and so are non-uuids", async () => {
    const { db } = handle;
    const w = await cancelWorld(db);
    const { id } = await w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "other" });
    const otherShop = await createShop(db);
    const stranger = callerFor(db, await createMerchant(db, otherShop.id));
    const otherConsumer = callerFor(db, await createConsumer(db));
    await expect(stranger.cancelOrder.merchant.get({ cancelOrderId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      stranger.cancelOrder.merchant.approve({ idempotencyKey: submissionKey(), cancelOrderId: id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      stranger.cancelOrder.merchant.reject({
        idempotencyKey: submissionKey(),
        cancelOrderId: id,
        reason: "不是我的店铺订单",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      stranger.cancelOrder.merchant.forceRefund({ idempotencyKey: submissionKey(), cancelOrderId: id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(otherConsumer.cancelOrder.consumer.get({ cancelOrderId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(otherConsumer.cancelOrder.consumer.withdraw({ cancelOrderId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      otherConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "other" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(otherConsumer.cancelOrder.consumer.requestable({ orderId: w.order.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      otherConsumer.dispute.consumer.openCancel({ orderId: w.order.id, claim: "不是我的订单也想取消" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(w.asMerchant.cancelOrder.merchant.get({ cancelOrderId: "not-a-uuid" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await stranger.cancelOrder.merchant.list({})).items).toEqual([]);
    expect(await cancelRow(db, id)).toMatchObject({ status: "pending" });
  });

  it("DSP-CXL-6: the module lists by status and reason with keyset pages, newest first, and counts them", async () => {
    const { db } = handle;
    const w = await cancelWorld(db);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const order = await anotherOrder(db, w);
      w.clock.set(at(i * H));
      const { id } = await w.asConsumer.cancelOrder.consumer.request({
        orderId: order.id,
        reason: i % 2 === 0 ? "changed_mind" : "slow_shipping",
      });
      made.push(id);
      if (i === 4)
        await w.asMerchant.cancelOrder.merchant.reject({
          idempotencyKey: submissionKey(),
          cancelOrderId: id,
          reason: "已沟通,继续发货",
        });
    }
    const page1 = await w.asMerchant.cancelOrder.merchant.list({ limit: 2 });
    expect(page1.items.map((r) => r.id)).toEqual([made[4], made[3]]);
    const page2 = await w.asMerchant.cancelOrder.merchant.list({ limit: 2, cursor: page1.nextCursor ?? undefined });
    const page3 = await w.asMerchant.cancelOrder.merchant.list({ limit: 2, cursor: page2.nextCursor ?? undefined });
    expect([...page2.items, ...page3.items].map((r) => r.id)).toEqual([made[2], made[1], made[0]]);
    expect(page3.nextCursor).toBeNull();
    const pending = await w.asMerchant.cancelOrder.merchant.list({ status: "pending" });
    expect(pending.items.map((r) => r.id)).toEqual([made[3], made[2], made[1], made[0]]);
    const slow = await w.asMerchant.cancelOrder.merchant.list({ reason: "slow_shipping" });
    expect(slow.items.map((r) => r.id)).toEqual([made[3], made[1]]);
    expect(slow.items[0]).toMatchObject({
      status: "pending",
      reason: "slow_shipping",
      origin: "consumer",
      refundedFen: 0,
      interceptionStatus: null,
    });
    expect((await w.asMerchant.cancelOrder.merchant.list({ reason: "dispute_direct_refund" })).items).toEqual([]);
    const counts = await w.asMerchant.cancelOrder.merchant.counts();
    expect(counts.byStatus).toMatchObject({ pending: 4, rejected: 1, refund_succeeded: 0 });
    expect(counts.byReason).toMatchObject({ changed_mind: 3, slow_shipping: 2 });
    await expect(w.asMerchant.cancelOrder.merchant.list({ cursor: "garbage" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
