import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, submissionKey } from "@/server/test/harness";
import {
  at,
  cancelOrdersOf,
  cancelRow,
  cancelWorld,
  H,
  interceptionOf,
  notificationKinds,
  openCancelDispute,
  orderRow,
  refundsOfOrder,
  sweepCancelOrders,
  type CancelWorldOptions,
} from "@/server/test/fixtures/cancel-orders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const WINDOW = 48 * H;

/** A cancel dispute whose merchant chose the 48h interception plan at TEST_NOW. */
async function intercepting(opts: CancelWorldOptions) {
  const { db } = handle;
  const w = await cancelWorld(db, opts);
  const disputeId = await openCancelDispute(db, w);
  await w.asMerchant.dispute.merchant.choosePlan({
    idempotencyKey: submissionKey(),
    disputeId,
    kind: "settlement",
    plan: "intercept_48h",
  });
  const [, cancel] = await cancelOrdersOf(db, w.order.id); // after the rejected request
  if (!cancel) throw new Error("no cancel order");
  return { w, disputeId, cancelId: cancel.id };
}

const sweep = (cancelId: string, ms: number) => sweepCancelOrders(handle.db, at(ms), [cancelId]);

describe("DSP-CXL-4: the 48h interception window", () => {
  it("DSP-CXL-4: third-party delivery — 1 ms before the end nothing happens; at the end the system refunds once", async () => {
    const { db } = handle;
    const { w, disputeId, cancelId } = await intercepting({ deliveryType: "third_party" });
    const detail = await w.asMerchant.dispute.merchant.get({ disputeId });
    expect(detail.cancel?.cancelOrders).toMatchObject([
      { id: cancelId, status: "logistics_pending", dueAt: at(WINDOW) },
      { status: "rejected" },
    ]);

    expect((await sweep(cancelId, WINDOW - 1)).applied["cancel_order.end_interception_window"]).toBe(0);
    expect(await cancelRow(db, cancelId)).toMatchObject({ status: "logistics_pending" });
    expect(await refundsOfOrder(db, w.order.id)).toEqual([]);

    expect((await sweep(cancelId, WINDOW)).applied["cancel_order.end_interception_window"]).toBe(1);
    expect(await cancelRow(db, cancelId)).toMatchObject({
      status: "refund_succeeded",
      decidedAt: at(WINDOW),
      dueAt: null,
    });
    expect(await refundsOfOrder(db, w.order.id)).toMatchObject([
      {
        sourceType: "dispute",
        sourceId: disputeId,
        kind: "order_refund",
        amountFen: 12_800,
        cause: "interception",
        reason: null,
        reasonMessage: { code: "interceptionWindowRefund" },
      },
    ]);
    expect(await orderRow(db, w.order.id)).toMatchObject({ status: "cancelled" });
    expect((await sweep(cancelId, WINDOW + 1)).applied["cancel_order.end_interception_window"]).toBe(0);
    expect(await refundsOfOrder(db, w.order.id)).toHaveLength(1);
  });

  it("DSP-CXL-4: third-party delivery — swept 1 ms after the end also refunds", async () => {
    const { db } = handle;
    const { w, cancelId } = await intercepting({ deliveryType: "third_party" });
    await sweep(cancelId, WINDOW + 1);
    expect(await cancelRow(db, cancelId)).toMatchObject({ status: "refund_succeeded", decidedAt: at(WINDOW + 1) });
    expect(await refundsOfOrder(db, w.order.id)).toHaveLength(1);
  });

  it("DSP-CXL-4: platform delivery — 1 ms before nothing; at the end approved and intercepting; refunded when the interception succeeds", async () => {
    const { db } = handle;
    const { w, cancelId } = await intercepting({ deliveryType: "platform" });
    await sweep(cancelId, WINDOW - 1);
    expect(await cancelRow(db, cancelId)).toMatchObject({ status: "logistics_pending" });
    expect(await interceptionOf(db, cancelId)).toBeNull();

    await sweep(cancelId, WINDOW);
    expect(await cancelRow(db, cancelId)).toMatchObject({ status: "intercepting" });
    const interception = await interceptionOf(db, cancelId);
    expect(interception).toMatchObject({ status: "requested", requestedAt: at(WINDOW) });
    expect(await refundsOfOrder(db, w.order.id)).toEqual([]);

    w.clock.set(at(WINDOW + 2 * H));
    const shipments = await w.asAdmin.cancelOrder.admin.logistics.shipments({ orderNo: w.order.orderNo });
    expect(shipments.items).toMatchObject([
      {
        orderId: w.order.id,
        cancelOrder: { id: cancelId, status: "intercepting" },
        interception: { id: interception?.id, status: "requested" },
      },
    ]);
    await expect(
      w.asAdmin.cancelOrder.admin.logistics.reportInterception({
        interceptionId: interception?.id ?? "",
        outcome: "succeeded",
      }),
    ).resolves.toMatchObject({ cancelOrderStatus: "refund_succeeded" });
    expect(await refundsOfOrder(db, w.order.id)).toMatchObject([{ amountFen: 12_800, createdAt: at(WINDOW + 2 * H) }]);
  });

  it("DSP-CXL-4: platform delivery — swept 1 ms after the end intercepts too", async () => {
    const { db } = handle;
    const { cancelId } = await intercepting({ deliveryType: "platform" });
    await sweep(cancelId, WINDOW + 1);
    expect(await cancelRow(db, cancelId)).toMatchObject({ status: "intercepting" });
  });

  it("DSP-CXL-4: a failed interception → interception_failed, nothing refunded, both told; the merchant may still refund once", async () => {
    const { db } = handle;
    const { w, cancelId } = await intercepting({ deliveryType: "platform" });
    await sweep(cancelId, WINDOW);
    const interception = await interceptionOf(db, cancelId);
    await w.asAdmin.cancelOrder.admin.logistics.reportInterception({
      interceptionId: interception?.id ?? "",
      outcome: "failed",
    });
    expect(await cancelRow(db, cancelId)).toMatchObject({ status: "interception_failed" });
    expect(await refundsOfOrder(db, w.order.id)).toEqual([]);
    expect(await notificationKinds(db, { consumerId: w.consumer.consumer.id })).toContainEqual({
      kind: "cancel_order.interception_failed",
      params: {},
    });
    expect(await notificationKinds(db, { shopId: w.shop.id })).toContainEqual({
      kind: "cancel_order.interception_failed",
      params: {},
    });
    await expect(
      w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "other" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("拦截未成功") });

    expect((await w.asMerchant.cancelOrder.merchant.get({ cancelOrderId: cancelId })).actions).toMatchObject({
      forceRefund: true,
      approve: false,
    });
    await w.asMerchant.cancelOrder.merchant.forceRefund({ idempotencyKey: submissionKey(), cancelOrderId: cancelId });
    await expect(
      w.asMerchant.cancelOrder.merchant.forceRefund({ idempotencyKey: submissionKey(), cancelOrderId: cancelId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await refundsOfOrder(db, w.order.id)).toHaveLength(1);
  });

  it("DSP-CXL-4: a parcel signed for while it is being intercepted means the interception failed", async () => {
    const { db } = handle;
    const { w, cancelId } = await intercepting({ deliveryType: "platform" });
    await sweep(cancelId, WINDOW);
    await w.asAdmin.cancelOrder.admin.logistics.reportDelivery({ orderId: w.order.id, event: "signed" });
    expect(await orderRow(db, w.order.id)).toMatchObject({ status: "signed" });
    expect(await cancelRow(db, cancelId)).toMatchObject({ status: "interception_failed" });
    expect(await interceptionOf(db, cancelId)).toMatchObject({ status: "failed", reportedBy: "delivery:signed" });
  });

  it("DSP-CXL-4: an order completed before the end is not refunded automatically; the cancel order closes with a note", async () => {
    const { db } = handle;
    for (const deliveryType of ["third_party", "platform"] as const) {
      const { w, cancelId } = await intercepting({ deliveryType });
      w.clock.set(at(30 * H));
      await w.asAdmin.cancelOrder.admin.logistics.reportDelivery({ orderId: w.order.id, event: "completed" });
      await sweep(cancelId, WINDOW);
      expect(await cancelRow(db, cancelId)).toMatchObject({
        status: "closed",
        closedAt: at(WINDOW),
        note: null,
        noteMessage: { code: "interceptionWindowClosedCompleted" },
      });
      expect(await refundsOfOrder(db, w.order.id)).toEqual([]);
      expect(await orderRow(db, w.order.id)).toMatchObject({ status: "completed" });
      expect(await notificationKinds(db, { consumerId: w.consumer.consumer.id })).toContainEqual({
        kind: "cancel_order.closed",
        params: { why: "order_completed" },
      });
    }
  });

  it("DSP-CXL-4: during the 48h the merchant may approve early (third-party → refund) and the end changes nothing", async () => {
    const { db } = handle;
    const { w, cancelId } = await intercepting({ deliveryType: "third_party" });
    w.clock.set(at(5 * H));
    await expect(
      w.asMerchant.cancelOrder.merchant.approve({ idempotencyKey: submissionKey(), cancelOrderId: cancelId }),
    ).resolves.toMatchObject({ status: "refund_succeeded", refundedFen: 12_800 });
    await sweep(cancelId, WINDOW);
    expect(await refundsOfOrder(db, w.order.id)).toMatchObject([
      { sourceType: "dispute", amountFen: 12_800, createdAt: at(5 * H) },
    ]);
  });

  it("DSP-CXL-4: during the 48h the merchant may approve a platform delivery early (intercepting) or force the refund", async () => {
    const { db } = handle;
    const approved = await intercepting({ deliveryType: "platform" });
    await expect(
      approved.w.asMerchant.cancelOrder.merchant.approve({
        idempotencyKey: submissionKey(),
        cancelOrderId: approved.cancelId,
      }),
    ).resolves.toMatchObject({ status: "intercepting" });
    expect(await interceptionOf(db, approved.cancelId)).toMatchObject({ status: "requested" });

    const forced = await intercepting({ deliveryType: "platform" });
    forced.w.clock.set(at(H));
    await expect(
      forced.w.asMerchant.cancelOrder.merchant.forceRefund({
        idempotencyKey: submissionKey(),
        cancelOrderId: forced.cancelId,
      }),
    ).resolves.toMatchObject({ status: "refund_succeeded", refundedFen: 12_800 });
    expect((await sweep(forced.cancelId, WINDOW)).applied["cancel_order.end_interception_window"]).toBe(0);
    expect(await refundsOfOrder(db, forced.w.order.id)).toHaveLength(1);
  });

  it("DSP-CXL-4: concurrent sweeps of the same due window refund once", async () => {
    const { db } = handle;
    const { w, cancelId } = await intercepting({ deliveryType: "third_party" });
    const results = await Promise.all([sweep(cancelId, WINDOW), sweep(cancelId, WINDOW), sweep(cancelId, WINDOW + 1)]);
    expect(results.reduce((n, r) => n + (r.applied["cancel_order.end_interception_window"] ?? 0), 0)).toBe(1);
    expect(await refundsOfOrder(db, w.order.id)).toHaveLength(1);
  });
});
