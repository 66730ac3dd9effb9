import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, TEST_NOW } from "@/server/test/harness";
import {
  actionsOf,
  afterSalesWorld,
  applyAt,
  at,
  D,
  H,
  ledgerOf,
  liveFlags,
  refundsOf,
  serviceOrderRow,
} from "@/server/test/fixtures/after-sales";
import { approveServiceOrder } from "./approve-service-order";
import { getServiceOrder } from "./get-service-order";
import { processServiceOrder } from "./process-service-order";
import { proposeToConsumer } from "./propose-to-consumer";
import { recordReceipt } from "./record-receipt";
import { respondToProposal } from "./respond-to-proposal";
import { shipReturn } from "./ship-return";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const approveInput = (serviceOrderId: string) => ({
  serviceOrderId,
  opinion: "同意退货",
  noCodReturn: true,
  includeAccessories: false,
});

describe("after-sales flows (issue #13 done-when 1, 2, 5)", () => {
  it("AS-2/AS-4/AS-5: a 7-day return, 24h review, 「运费不得到付」, a ¥10 shipping deduction agreed → refund goods − ¥10 exactly once", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const applied = await applyAt(w, TEST_NOW);
    expect(applied).toMatchObject({ status: "pending_review", dueAt: at(24 * H) });
    expect(applied.serviceNo).toBe(`SV${w.order.orderNo}-01`);

    const seen = await getServiceOrder(w.asMerchant(at(H)), { serviceOrderId: applied.id });
    expect(seen.deadline).toEqual({ kind: "review", party: "merchant", dueAt: at(24 * H), overdue: false });
    expect(seen.actions).toMatchObject({ approve: true, propose: ["reject", "change_result"] });

    await approveServiceOrder(w.asMerchant(at(H)), approveInput(applied.id));
    let row = await serviceOrderRow(db, applied.id);
    expect(row).toMatchObject({ status: "awaiting_return", requirements: [{ code: "no_cod_return" }] });
    expect(row.dueAt).toEqual(at(H + 7 * D));

    await shipReturn(w.asConsumer(at(2 * H)), {
      serviceOrderId: applied.id,
      carrier: "顺丰速运",
      trackingNo: "SF1234567890",
    });
    await recordReceipt(w.asMerchant(at(30 * H)), { serviceOrderId: applied.id, photos: [] });
    row = await serviceOrderRow(db, applied.id);
    expect(row).toMatchObject({ status: "awaiting_processing", receivedBy: "merchant", dueKind: "processing" });
    expect(row.dueAt).toEqual(at(30 * H + 48 * H));

    const proposed = await proposeToConsumer(w.asMerchant(at(31 * H)), {
      serviceOrderId: applied.id,
      kind: "deduction",
      goodsDeductionFen: 0,
      shippingDeductionFen: 1_000,
      note: "退货运费由买家承担",
      photos: [],
    });
    expect(proposed.status).toBe("awaiting_consumer");
    const consumerView = await getServiceOrder(w.asConsumer(at(32 * H)), { serviceOrderId: applied.id });
    expect(consumerView.pendingProposal).toMatchObject({
      kind: "deduction",
      params: { goodsDeductionFen: 0, shippingDeductionFen: 1_000, refundFen: 8_900 },
    });
    expect(consumerView.actions).toMatchObject({ respond: true, withdraw: false });

    const answered = await respondToProposal(w.asConsumer(at(32 * H)), {
      serviceOrderId: applied.id,
      proposalId: proposed.proposalId,
      decision: "accept",
    });
    expect(answered).toMatchObject({ status: "completed", refundedFen: 8_900 });
    // A replayed answer pays nothing more.
    await expect(
      respondToProposal(w.asConsumer(at(32 * H)), {
        serviceOrderId: applied.id,
        proposalId: proposed.proposalId,
        decision: "accept",
      }),
    ).rejects.toMatchObject({ code: "AS_PROPOSAL_NOT_PENDING" });
    expect(await refundsOf(db, w.order.id)).toEqual([
      {
        sourceType: "service_order",
        sourceId: applied.id,
        kind: "order_refund",
        cause: "after_sales",
        amountFen: 8_900,
      },
    ]);
    expect(await serviceOrderRow(db, applied.id)).toMatchObject({
      processedResult: "refund",
      refundFen: 8_900,
      shippingDeductionFen: 1_000,
      dueKind: null,
      dueAt: null,
    });
    expect(await liveFlags(db, applied.id)).toEqual([false]);
    expect(await ledgerOf(db, applied.id)).toEqual([
      { kind: "review", party: "merchant", dueAt: at(24 * H), outcome: "met" },
      { kind: "return_shipment", party: "consumer", dueAt: at(H + 7 * D), outcome: "met" },
      { kind: "processing", party: "merchant", dueAt: at(78 * H), outcome: "met" },
      { kind: "consent", party: "consumer", dueAt: at(31 * H + 48 * H), outcome: "met" },
    ]);
    expect(await actionsOf(db, applied.id)).toEqual([
      "service_order.applied",
      "service_order.approved",
      "service_order.return_shipped",
      "service_order.received",
      "service_order.proposed",
      "service_order.proposal_accepted",
    ]);
  });

  it("AS-5/AS-8: an exchange the merchant proposes to turn into a return; the consumer refuses and it stays an exchange", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const applied = await applyAt(w, TEST_NOW, { type: "exchange", reason: "other", description: "颜色不喜欢,想换" });
    expect(applied.dueAt).toEqual(at(48 * H));
    const proposed = await proposeToConsumer(w.asMerchant(at(10 * H)), {
      serviceOrderId: applied.id,
      kind: "change_result",
      changeTo: "refund",
      note: "该颜色已无库存,建议退货退款",
    });
    const refused = await respondToProposal(w.asConsumer(at(12 * H)), {
      serviceOrderId: applied.id,
      proposalId: proposed.proposalId,
      decision: "refuse",
      refusalReason: "我只要换货",
    });
    expect(refused).toMatchObject({ status: "pending_review", decision: "refused", mayEscalate: true });
    const row = await serviceOrderRow(db, applied.id);
    expect(row).toMatchObject({ type: "exchange", requestedResult: "exchange_new", agreedResult: null });
    // The merchant had 38h left when it proposed; it gets them back from the refusal.
    expect(row.dueAt).toEqual(at(12 * H + 38 * H));
    // One change proposal per stage: the merchant cannot ask again.
    await expect(
      proposeToConsumer(w.asMerchant(at(13 * H)), {
        serviceOrderId: applied.id,
        kind: "change_result",
        changeTo: "refund",
        note: "再次建议退货退款",
      }),
    ).rejects.toMatchObject({ code: "AS_PROPOSAL_ALREADY_PROPOSED" });
    const view = await getServiceOrder(w.asConsumer(at(13 * H)), { serviceOrderId: applied.id });
    expect(view.actions.escalate).toBe(true);
  });

  it("SVC-2: flash refund — the refund is made when the tracking number is entered, once; the arrival completes it", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db, { services: { flashRefund: true } });
    const applied = await applyAt(w, TEST_NOW);
    await approveServiceOrder(w.asMerchant(at(H)), approveInput(applied.id));
    const shipped = await shipReturn(w.asConsumer(at(2 * H)), {
      serviceOrderId: applied.id,
      carrier: "京东物流",
      trackingNo: "JDV000123456",
    });
    expect(shipped).toEqual({ id: applied.id, status: "awaiting_receipt", refundedFen: 9_900 });
    expect(await refundsOf(db, w.order.id)).toEqual([
      {
        sourceType: "service_order",
        sourceId: applied.id,
        kind: "order_refund",
        cause: "flash_refund",
        amountFen: 9_900,
      },
    ]);
    const row = await serviceOrderRow(db, applied.id);
    expect(row).toMatchObject({ dueKind: "return_arrival", refundFen: 9_900, flashRefundedAt: at(2 * H) });
    expect(row.dueAt).toEqual(at(2 * H + 7 * D));
    await recordReceipt(w.asMerchant(at(30 * H)), { serviceOrderId: applied.id, photos: [] });
    expect(await serviceOrderRow(db, applied.id)).toMatchObject({ status: "completed", processedResult: "refund" });
    expect(await refundsOf(db, w.order.id)).toHaveLength(1);
  });

  it("SVC-1: 极速审核 approves a 七天无理由 return on application; other reasons still wait for review", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db, { services: { fastReview: true } });
    const fast = await applyAt(w, TEST_NOW);
    expect(fast).toMatchObject({ status: "awaiting_return", dueAt: at(7 * D) });
    expect(await serviceOrderRow(db, fast.id)).toMatchObject({ approvedBy: "system", approvedAt: TEST_NOW });
    expect((await ledgerOf(db, fast.id)).map((l) => [l.kind, l.outcome])).toEqual([
      ["review", "void"],
      ["return_shipment", null],
    ]);
    const slow = await applyAt(w, TEST_NOW, {
      type: "exchange",
      reason: "other",
      description: "尺码不合适",
      items: [{ orderItemId: w.cable.id, quantity: 1 }],
    });
    expect(slow.status).toBe("pending_review");
  });

  it("SVC-3: with 运费险 the merchant may not deduct shipping", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db, { services: { shippingInsurance: true } });
    const applied = await applyAt(w, TEST_NOW);
    await approveServiceOrder(w.asMerchant(at(H)), approveInput(applied.id));
    await shipReturn(w.asConsumer(at(2 * H)), {
      serviceOrderId: applied.id,
      carrier: "顺丰速运",
      trackingNo: "SF1234567891",
    });
    await recordReceipt(w.asMerchant(at(3 * H)), { serviceOrderId: applied.id, photos: [] });
    await expect(
      proposeToConsumer(w.asMerchant(at(4 * H)), {
        serviceOrderId: applied.id,
        kind: "deduction",
        goodsDeductionFen: 0,
        shippingDeductionFen: 1_000,
        note: "退货运费由买家承担",
        photos: [],
      }),
    ).rejects.toMatchObject({ code: "AS_SHIPPING_INSURED" });
    const done = await processServiceOrder(w.asMerchant(at(5 * H)), { serviceOrderId: applied.id, result: "refund" });
    expect(done).toMatchObject({ status: "completed", refundedFen: 9_900 });
  });

  it("AS-4: the result must match the request (exchange → no refund without consent); 换新 needs tracking", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const applied = await applyAt(w, TEST_NOW, { type: "exchange", reason: "other", description: "颜色不喜欢" });
    await approveServiceOrder(w.asMerchant(at(H)), approveInput(applied.id));
    await shipReturn(w.asConsumer(at(2 * H)), {
      serviceOrderId: applied.id,
      carrier: "顺丰速运",
      trackingNo: "SF1234567892",
    });
    await recordReceipt(w.asMerchant(at(3 * H)), { serviceOrderId: applied.id, photos: [] });
    await expect(
      processServiceOrder(w.asMerchant(at(4 * H)), { serviceOrderId: applied.id, result: "refund" }),
    ).rejects.toMatchObject({ code: "AS_RESULT_NEEDS_CONSENT" });
    await expect(
      processServiceOrder(w.asMerchant(at(4 * H)), { serviceOrderId: applied.id, result: "exchange_new" }),
    ).rejects.toMatchObject({ code: "AS_TRACKING_REQUIRED" });
    const done = await processServiceOrder(w.asMerchant(at(4 * H)), {
      serviceOrderId: applied.id,
      result: "exchange_new",
      carrier: "顺丰速运",
      trackingNo: "SF9990001112",
    });
    expect(done).toMatchObject({ status: "completed", result: "exchange_new", refundedFen: 0 });
    expect(await refundsOf(db, w.order.id)).toEqual([]);
  });
});
