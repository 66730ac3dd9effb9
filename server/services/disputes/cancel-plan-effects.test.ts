import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { SYSTEM } from "@/server/services/acting";
import { openTestDb, TEST_NOW, submissionKey } from "@/server/test/harness";
import {
  at,
  cancelOrdersOf,
  cancelRow,
  cancelWorld,
  H,
  notificationKinds,
  openCancelDispute,
  openCancelDisputeNow,
  orderRow,
  refundsOfOrder,
} from "@/server/test/fixtures/cancel-orders";
import { recordRefund } from "../ledger/record-refund";
import { applyCancelJudgment } from "./cancel-plan-effects";
import { disputeRow } from "@/server/test/fixtures/disputes";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("cancel-dispute plans", () => {
  it("DSP-1 / DSP-CXL-7: a consumer opens a cancel dispute on a paid or shipped order once a request was rejected; the shop is notified; one live per order", async () => {
    const { db } = handle;
    const w = await cancelWorld(db, { status: "paid" });
    expect(await w.asConsumer.dispute.consumer.cancelOpenable({ orderId: w.order.id })).toMatchObject({
      available: false,
      availableAt: null,
      liveDisputeId: null,
      unavailableReason: { "zh-CN": "请先申请取消订单;商家驳回申请或审核超时未处理后,方可申请取消订单纠纷" },
    });
    const disputeId = await openCancelDispute(db, w);
    expect(await disputeRow(db, disputeId)).toMatchObject({
      scenario: "order_cancel",
      status: "awaiting_merchant",
      responsibleParty: "merchant",
      policyId: "jd.dispute.order_cancel",
      policyVersion: 1,
      dueAt: at(24 * H),
    });
    expect(await notificationKinds(db, { shopId: w.shop.id })).toContainEqual({
      kind: "dispute.opened",
      params: { scenario: "order_cancel" },
    });
    await expect(openCancelDisputeNow(w)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("纠纷"),
    });
    expect(await w.asConsumer.dispute.consumer.cancelOpenable({ orderId: w.order.id })).toMatchObject({
      available: false,
      liveDisputeId: disputeId,
    });
  });

  it("DSP-1 / WO-TM-6: worry-free, signed and completed orders cannot be disputed for cancellation", async () => {
    const { db } = handle;
    const worryFree = await cancelWorld(db, { worryFree: true });
    await expect(openCancelDispute(db, worryFree)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("无忧"),
    });
    for (const status of ["signed", "completed"] as const) {
      const w = await cancelWorld(db, { status });
      await expect(openCancelDisputeNow(w)).rejects.toMatchObject({
        code: "CONFLICT",
        cause: { code: "CANCEL_DISPUTE_NOT_ALLOWED" },
      });
    }
  });

  it("DSP-CXL-1: the scenario offers exactly three settlement plans plus no-fault evidence, and the merchant answers exactly once", async () => {
    const { db } = handle;
    const w = await cancelWorld(db);
    const disputeId = await openCancelDispute(db, w);
    const detail = await w.asMerchant.dispute.merchant.get({ disputeId });
    expect(detail.policy.settlementPlans.map((p) => p.key)).toEqual([
      "direct_refund",
      "agreed_rejection",
      "intercept_48h",
    ]);
    expect(detail.policy.noFault?.reasons.map((r) => r.key)).toEqual([
      "already_delivered",
      "customized_goods",
      "consumer_agreed_to_keep",
    ]);
    expect(detail.cancel?.planAvailability).toEqual({
      direct_refund: { available: true, reason: null },
      agreed_rejection: { available: true, reason: null },
      intercept_48h: { available: true, reason: null },
    });
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "intercept_48h",
    });
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "direct_refund",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "no_fault",
        reason: "consumer_agreed_to_keep",
        statement: "顾客同意继续履约",
        evidence: {},
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await cancelOrdersOf(db, w.order.id)).toMatchObject([
      { status: "rejected" },
      { status: "logistics_pending", reason: "dispute_interception" },
    ]);
    expect(await refundsOfOrder(db, w.order.id)).toEqual([]);
  });

  it("DSP-CXL-2: direct refund pays once at once, records refund_succeeded with its reason, awaits the consumer (NTF-2)", async () => {
    const { db } = handle;
    const w = await cancelWorld(db, { status: "paid" });
    const disputeId = await openCancelDispute(db, w);
    w.clock.advance(H);
    const chosen = await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "direct_refund",
      note: "已同意取消",
    });
    expect(chosen).toMatchObject({ status: "awaiting_consumer", dueAt: at(73 * H) });
    const [, cancel] = await cancelOrdersOf(db, w.order.id);
    expect(cancel).toMatchObject({
      status: "refund_succeeded",
      reason: "dispute_direct_refund",
      requestReason: null,
      disputeId,
      decidedAt: at(H),
    });
    // Retries and double clicks: the plan is chosen once, the ledger holds one row per (dispute, kind).
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "direct_refund",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // The ledger row says the merchant's own plan paid, as a code, not "直接退款纠纷方案 / Direct-refund dispute plan".
    expect(await refundsOfOrder(db, w.order.id)).toMatchObject([
      {
        sourceType: "dispute",
        sourceId: disputeId,
        kind: "order_refund",
        amountFen: 12_800,
        cause: "settlement_plan",
        reason: null,
        reasonMessage: { code: "directRefundPlan" },
      },
    ]);
    expect(await orderRow(db, w.order.id)).toMatchObject({ status: "cancelled", cancelledAt: at(H) });
    expect((await disputeRow(db, disputeId)).planPayload).toMatchObject({
      cancelOrderId: cancel?.id,
      refundedFen: 12_800,
      note: "已同意取消",
    });
    expect(await notificationKinds(db, { consumerId: w.consumer.consumer.id })).toContainEqual({
      kind: "dispute.awaiting_confirmation",
      params: { plan: "direct_refund" },
    });

    const detail = await w.asConsumer.dispute.consumer.get({ disputeId });
    expect(detail.cancel).toMatchObject({
      planCancelOrderId: cancel?.id,
      refundedFen: 12_800,
      refundableFen: 0,
      interception: null,
    });
    expect(detail.cancel?.cancelOrders).toMatchObject([
      { id: cancel?.id, origin: "dispute", refundedFen: 12_800 },
      { status: "rejected", origin: "consumer" },
    ]);
    expect(detail.cancel?.refunds).toMatchObject([{ sourceType: "dispute", kind: "order_refund", amountFen: 12_800 }]);
    const byReason = await w.asMerchant.cancelOrder.merchant.list({ reason: "dispute_direct_refund" });
    expect(byReason.items).toMatchObject([
      { id: cancel?.id, status: "refund_succeeded", origin: "dispute", disputeId },
    ]);
    // A request arriving after the refunding plan is refused, and says why.
    await expect(
      w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "changed_mind" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("纠纷方案") });
  });

  it("DSP-CXL-3: agreed rejection refunds nothing; the pending request stays pending until the merchant rejects it by hand", async () => {
    const { db } = handle;
    const w = await cancelWorld(db);
    const disputeId = await openCancelDispute(db, w);
    const { id: requestId } = await w.asConsumer.cancelOrder.consumer.request({
      orderId: w.order.id,
      reason: "ordered_wrong",
    });
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "agreed_rejection",
    });
    expect((await disputeRow(db, disputeId)).planPayload).toMatchObject({ pendingRequestId: requestId });
    w.clock.advance(H);
    await expect(
      w.asConsumer.dispute.consumer.respond({ idempotencyKey: submissionKey(), disputeId, decision: "confirm" }),
    ).resolves.toMatchObject({ status: "settled" });
    expect(await cancelRow(db, requestId)).toMatchObject({
      status: "pending",
      reason: "ordered_wrong",
      disputeId: null,
    });
    expect(await refundsOfOrder(db, w.order.id)).toEqual([]);
    await w.asMerchant.cancelOrder.merchant.reject({
      idempotencyKey: submissionKey(),
      cancelOrderId: requestId,
      reason: "已与顾客协商驳回取消",
    });
    expect(await cancelRow(db, requestId)).toMatchObject({ status: "rejected" });
  });

  it("DSP-CXL-5: a pending request is settled by the direct-refund plan (reason replaced, the consumer's kept) instead of failing", async () => {
    const { db } = handle;
    const w = await cancelWorld(db, { deliveryType: "platform" });
    const disputeId = await openCancelDispute(db, w);
    const { id: requestId } = await w.asConsumer.cancelOrder.consumer.request({
      orderId: w.order.id,
      reason: "changed_mind",
    });
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "direct_refund",
      }),
    ).resolves.toMatchObject({ status: "awaiting_consumer" });
    expect(await cancelOrdersOf(db, w.order.id)).toMatchObject([
      { status: "rejected" },
      {
        id: requestId,
        status: "refund_succeeded",
        reason: "dispute_direct_refund",
        requestReason: "changed_mind",
        disputeId,
      },
    ]);
    expect(await refundsOfOrder(db, w.order.id)).toMatchObject([
      { sourceType: "dispute", sourceId: disputeId, amountFen: 12_800 },
    ]);
    expect((await disputeRow(db, disputeId)).planPayload).toMatchObject({
      settledRequestId: requestId,
      cancelOrderId: requestId,
    });
    const listed = await w.asMerchant.cancelOrder.merchant.list({ reason: "dispute_direct_refund" });
    expect(listed.items).toMatchObject([{ id: requestId, origin: "consumer", requestReason: "changed_mind" }]);
  });

  it("DSP-CXL-5: a pending request is settled by the interception plan: logistics_pending with a 48h countdown", async () => {
    const { db } = handle;
    const w = await cancelWorld(db);
    const disputeId = await openCancelDispute(db, w);
    const { id: requestId } = await w.asConsumer.cancelOrder.consumer.request({
      orderId: w.order.id,
      reason: "slow_shipping",
    });
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "intercept_48h",
    });
    expect(await cancelOrdersOf(db, w.order.id)).toMatchObject([
      { status: "rejected" },
      {
        id: requestId,
        status: "logistics_pending",
        reason: "dispute_interception",
        requestReason: "slow_shipping",
        disputeId,
        dueAt: at(48 * H),
      },
    ]);
    await expect(
      w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "other" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("拦截") });
  });

  it("DSP-CXL-4: the interception plan needs a parcel in transit; on a paid order it is refused and the dispute is unchanged", async () => {
    const { db } = handle;
    const w = await cancelWorld(db, { status: "paid" });
    const disputeId = await openCancelDispute(db, w);
    const detail = await w.asMerchant.dispute.merchant.get({ disputeId });
    expect(detail.cancel?.planAvailability.intercept_48h).toMatchObject({ available: false });
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "intercept_48h",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("直接退款") });
    expect(await disputeRow(db, disputeId)).toMatchObject({ status: "awaiting_merchant", planKey: null });
    expect(await cancelOrdersOf(db, w.order.id)).toMatchObject([{ status: "rejected" }]);
  });

  it("DSP-CXL-2: a refund never exceeds the order amount: after a partial refund the plan pays only the rest", async () => {
    const { db } = handle;
    const w = await cancelWorld(db, { status: "paid", amountFen: 10_000 });
    await db.transaction((tx) =>
      recordRefund(tx, {
        shopId: w.shop.id,
        orderId: w.order.id,
        sourceType: "service_order",
        sourceId: crypto.randomUUID(),
        kind: "order_refund",
        cause: "cancel_review",
        amountFen: 3_000,
        reason: "部分退款",
        now: TEST_NOW,
      }),
    );
    const disputeId = await openCancelDispute(db, w);
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "direct_refund",
    });
    const ledger = await refundsOfOrder(db, w.order.id);
    expect(ledger.map((r) => r.amountFen).sort()).toEqual([3_000, 7_000]);
    expect(ledger.reduce((sum, r) => sum + r.amountFen, 0)).toBe(10_000);
    expect(await orderRow(db, w.order.id)).toMatchObject({ status: "cancelled" });
  });

  it("DSP-5: a judgment refund on a cancel dispute settles the running interception without paying twice", async () => {
    const { db } = handle;
    const w = await cancelWorld(db);
    const disputeId = await openCancelDispute(db, w);
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "intercept_48h",
    });
    await w.asConsumer.dispute.consumer.respond({
      idempotencyKey: submissionKey(),
      disputeId,
      decision: "reject",
      reason: "我要求立即退款,不想等待",
    });
    const dispute = await disputeRow(db, disputeId);
    await db.transaction(async (tx) => {
      await recordRefund(tx, {
        shopId: w.shop.id,
        orderId: w.order.id,
        sourceType: "dispute",
        sourceId: disputeId,
        kind: "dispute_refund",
        cause: "judgment",
        amountFen: 12_800,
        reason: "判责退款",
        now: TEST_NOW,
      });
      await applyCancelJudgment(tx, { dispute, refunded: true, by: SYSTEM, now: TEST_NOW });
    });
    expect(await cancelOrdersOf(db, w.order.id)).toMatchObject([
      { status: "rejected" },
      { status: "refund_succeeded", dueAt: null },
    ]);
    expect(await refundsOfOrder(db, w.order.id)).toMatchObject([{ kind: "dispute_refund", amountFen: 12_800 }]);
    expect(await orderRow(db, w.order.id)).toMatchObject({ status: "cancelled" });
  });
});
