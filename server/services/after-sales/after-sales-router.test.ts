import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createMerchant, openTestDb, submissionKey, TEST_NOW } from "@/server/test/harness";
import { afterSalesWorld, applyAt, at, H, refundsOf, serviceOrderRow } from "@/server/test/fixtures/after-sales";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("afterSales router", () => {
  it("AS-1/SVC-2: keyed mutations replay their first result; the flash refund is paid once however often it is sent", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db, { services: { flashRefund: true } });
    const asConsumer = callerFor(db, w.consumer, { now: fixedClock(TEST_NOW) });
    const asMerchant = callerFor(db, w.merchant, { now: fixedClock(at(H)) });
    const options = await asConsumer.afterSales.consumer.options({ orderId: w.order.id });
    expect(options.services).toEqual({ fastReview: false, flashRefund: true, shippingInsurance: false });
    const key = submissionKey();
    const input = {
      idempotencyKey: key,
      orderId: w.order.id,
      type: "return" as const,
      reason: "no_reason_7d" as const,
      items: [{ orderItemId: w.earphones.id, quantity: 2 }],
    };
    const first = await asConsumer.afterSales.consumer.applyForService(input);
    expect(await asConsumer.afterSales.consumer.applyForService(input)).toEqual(first);
    await asMerchant.afterSales.merchant.approve({
      idempotencyKey: submissionKey(),
      serviceOrderId: first.id,
      opinion: "同意退货",
      noCodReturn: true,
    });
    const ship = {
      idempotencyKey: submissionKey(),
      serviceOrderId: first.id,
      carrier: "顺丰速运",
      trackingNo: "SF5550001234",
    };
    const later = callerFor(db, w.consumer, { now: fixedClock(at(2 * H)) });
    expect(await later.afterSales.consumer.shipReturn(ship)).toMatchObject({ refundedFen: 19_800 });
    expect(await later.afterSales.consumer.shipReturn(ship)).toMatchObject({ refundedFen: 19_800 });
    await expect(
      later.afterSales.consumer.shipReturn({ ...ship, idempotencyKey: submissionKey() }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await refundsOf(db, w.order.id)).toHaveLength(1);
    const list = await asMerchant.afterSales.merchant.list({ tab: "awaiting_receipt" });
    expect(list.items.map((r) => [r.serviceNo, r.firstItemName, r.itemCount])).toEqual([
      [first.serviceNo, "蓝牙耳机", 1],
    ]);
    expect((await asMerchant.afterSales.merchant.counts()).awaiting_receipt).toBe(1);
    expect((await later.afterSales.consumer.list({})).items.map((r) => r.id)).toEqual([first.id]);
  });

  it("SVC-1..3: only the shop owner switches the services; a switch changes new service orders only", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const owner = callerFor(db, w.merchant);
    const updated = await owner.afterSales.merchant.updateServices({
      idempotencyKey: submissionKey(),
      fastReview: true,
      flashRefund: false,
      shippingInsurance: true,
    });
    expect(updated).toEqual({ fastReview: true, flashRefund: false, shippingInsurance: true });
    expect(await owner.afterSales.merchant.services()).toEqual({ ...updated, canEdit: true });
    const agent = callerFor(db, await createMerchant(db, w.shop.id, "agent"));
    await expect(
      agent.afterSales.merchant.updateServices({
        idempotencyKey: submissionKey(),
        fastReview: false,
        flashRefund: false,
        shippingInsurance: false,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const applied = await applyAt(w, TEST_NOW);
    expect(applied.status).toBe("awaiting_return");
    await owner.afterSales.merchant.updateServices({
      idempotencyKey: submissionKey(),
      fastReview: false,
      flashRefund: false,
      shippingInsurance: false,
    });
    expect((await serviceOrderRow(db, applied.id)).services).toEqual({
      fastReview: true,
      flashRefund: false,
      shippingInsurance: true,
    });
  });
});
