import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { HOUR_MS } from "@/server/domain/time";
import { createOrder, openTestDb, submissionKey, TEST_NOW } from "@/server/test/harness";
import { createInvoiceRequest, createUrgeWorkOrder, disputeWorld, openRefused } from "@/server/test/fixtures/disputes";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("reading disputes", () => {
  it("DSP-INV-2: an urged dispute shows the urge work order's outcome it is judged from", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const request = await createInvoiceRequest(db, w, { status: "requested" });
    const wo = await createUrgeWorkOrder(db, request, {
      status: "broken",
      reply: { resolution: "agreed_invoice_date", promisedAt: "2026-03-14T16:00:00.000Z" },
      replyOnTime: true,
    });
    const { id: disputeId } = await w.asConsumer.dispute.consumer.open({
      invoiceId: request.id,
      scenario: "invoice_urged",
      claim: "约定日期已过仍未开票",
    });

    const detail = await w.asAdmin.dispute.admin.get({ disputeId });
    expect(detail.urgeWorkOrder).toMatchObject({
      id: wo.id,
      status: "broken",
      dueAt: wo.dueAt,
      replyOnTime: true,
      resolution: "agreed_invoice_date",
      resolutionLabel: { "zh-CN": "已协商开票时间" },
      promisedAt: "2026-03-14T16:00:00.000Z",
    });
    expect(detail.policy.judgedDirectly).toBe(true);
    expect(detail.policy.settlementPlans).toEqual([]);
    expect(detail.deadline).toMatchObject({ party: "platform", dueAt: null, since: TEST_NOW });
    expect(detail.invoice).toMatchObject({ id: request.id, status: "requested" });
    expect(detail.order).toMatchObject({ id: w.order.id, orderNo: w.order.orderNo });
    expect(detail.timeline.map((e) => e.action)).toEqual(["dispute.opened"]);
    // The consumer and the merchant see the same outcome.
    expect((await w.asConsumer.dispute.consumer.get({ disputeId })).urgeWorkOrder?.status).toBe("broken");
    expect((await w.asMerchant.dispute.merchant.get({ disputeId })).urgeWorkOrder?.status).toBe("broken");
  });

  it("SHOP-3: the merchant's list is its shop's disputes, newest first, keyset-paginated, filtered by status and scenario", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const order = await createOrder(db, {
        shopId: w.shop.id,
        consumerId: w.consumer.consumer.id,
        status: "completed",
      });
      const request = await createInvoiceRequest(db, { ...w, order }, { status: "refused" });
      w.clock.set(new Date(TEST_NOW.getTime() + i * HOUR_MS));
      ids.push(
        (
          await w.asConsumer.dispute.consumer.open({
            invoiceId: request.id,
            scenario: "invoice_refused",
            claim: `第 ${i} 单拒绝开票`,
          })
        ).id,
      );
    }
    const other = await disputeWorld(db);
    await openRefused(db, other);

    const first = await w.asMerchant.dispute.merchant.list({ limit: 2 });
    expect(first.items.map((d) => d.id)).toEqual([ids[4], ids[3]]);
    const second = await w.asMerchant.dispute.merchant.list({ limit: 2, cursor: first.nextCursor ?? undefined });
    const third = await w.asMerchant.dispute.merchant.list({ limit: 2, cursor: second.nextCursor ?? undefined });
    expect([...second.items, ...third.items].map((d) => d.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(third.nextCursor).toBeNull();

    const first0 = ids[0] ?? "";
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId: first0,
      kind: "settlement",
      plan: "agreed_no_invoice",
    });
    expect((await w.asMerchant.dispute.merchant.list({ status: "awaiting_consumer" })).items.map((d) => d.id)).toEqual([
      first0,
    ]);
    expect((await w.asMerchant.dispute.merchant.list({ scenario: "invoice_urged" })).items).toEqual([]);
    expect((await w.asConsumer.dispute.consumer.list({ limit: 100 })).items).toHaveLength(5);
  });
});
