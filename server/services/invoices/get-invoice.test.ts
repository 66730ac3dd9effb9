import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { invoiceRequests, orders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import { SYSTEM } from "@/server/services/acting";
import { emitAudit } from "@/server/services/audit/emit";
import {
  callerFor,
  createAdmin,
  createConsumer,
  createMerchant,
  createOrder,
  createShop,
  openTestDb,
  TEST_NOW,
} from "@/server/test/harness";
import { insertDispute, insertFile, insertUrgeWorkOrder } from "@/server/test/fixtures/invoices";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const T = TEST_NOW;
const at = (ms: number) => new Date(T.getTime() + ms);

/** An invoice requested at T on an order in `orderStatus`. */
async function world(orderStatus: "signed" | "completed" = "completed", businessMode: "SOP" | "FBP" = "SOP") {
  const { db } = handle;
  const shop = await createShop(db, { businessMode });
  const merchant = await createMerchant(db, shop.id);
  const consumer = await createConsumer(db);
  const order = await createOrder(db, { shopId: shop.id, consumerId: consumer.consumer.id, status: orderStatus });
  const created = await callerFor(db, consumer, { now: fixedClock(T) }).invoice.consumer.request({
    orderId: order.id,
    title: "个人",
    invoiceType: "electronic_normal",
  });
  const ref = {
    id: created.id,
    shopId: shop.id,
    orderId: order.id,
    consumerId: consumer.consumer.id,
    invoicingParty: created.invoicingParty,
  };
  return { shop, merchant, consumer, order, invoiceId: created.id, ref };
}

const consumerAt = (consumer: Awaited<ReturnType<typeof createConsumer>>, when: Date) =>
  callerFor(handle.db, consumer, { now: fixedClock(when) });

describe("get invoice", () => {
  it("INV-3: supplementary request at T (order completed) — at T+10d exactly hidden, at T+10d+1ms shown; availableAt returned for the hint", async () => {
    const { consumer, invoiceId } = await world("completed");
    const before = await consumerAt(consumer, at(10 * DAY_MS - 1)).invoice.consumer.get({ invoiceId });
    expect(before).toMatchObject({
      supplementary: true,
      urge: { availableAt: at(10 * DAY_MS + 1), canUrgeNow: false, openWorkOrderId: null },
    });
    expect((await consumerAt(consumer, at(10 * DAY_MS)).invoice.consumer.get({ invoiceId })).urge.canUrgeNow).toBe(
      false,
    );
    expect((await consumerAt(consumer, at(10 * DAY_MS + 1)).invoice.consumer.get({ invoiceId })).urge).toEqual({
      availableAt: at(10 * DAY_MS + 1),
      canUrgeNow: true,
      openWorkOrderId: null,
    });
  });

  it("INV-3: non-supplementary request at T — never while the order is not completed; once completed, hidden at T+10d and shown at T+10d+1ms", async () => {
    const { consumer, invoiceId, order } = await world("signed");
    const late = await consumerAt(consumer, at(60 * DAY_MS)).invoice.consumer.get({ invoiceId });
    expect(late).toMatchObject({ supplementary: false, urge: { availableAt: null, canUrgeNow: false } });

    await handle.db
      .update(orders)
      .set({ status: "completed", completedAt: at(3 * DAY_MS) })
      .where(eq(orders.id, order.id));
    expect((await consumerAt(consumer, at(10 * DAY_MS)).invoice.consumer.get({ invoiceId })).urge).toMatchObject({
      availableAt: at(10 * DAY_MS + 1),
      canUrgeNow: false,
    });
    expect((await consumerAt(consumer, at(10 * DAY_MS + 1)).invoice.consumer.get({ invoiceId })).urge.canUrgeNow).toBe(
      true,
    );
  });

  it("INV-3: an issued invoice never shows the urge entry", async () => {
    const { consumer, merchant, invoiceId } = await world("completed");
    const fileId = await insertFile(handle.db, { uploadedBy: merchant.userId });
    await callerFor(handle.db, merchant, { now: fixedClock(at(HOUR_MS)) }).invoice.merchant.issue({
      invoiceId,
      invoiceNo: "12345678",
      fileId,
    });
    const seen = await consumerAt(consumer, at(30 * DAY_MS)).invoice.consumer.get({ invoiceId });
    expect(seen.urge).toEqual({ availableAt: null, canUrgeNow: false, openWorkOrderId: null });
  });

  it("INV-4 / INV-3: while an urge work order is open the entry is not offered again; the open work order is named", async () => {
    const { consumer, invoiceId, ref } = await world("completed");
    const woId = await insertUrgeWorkOrder(handle.db, ref, { status: "open", openedAt: at(11 * DAY_MS) });
    const seen = await consumerAt(consumer, at(11 * DAY_MS + HOUR_MS)).invoice.consumer.get({ invoiceId });
    expect(seen.urge).toEqual({ availableAt: at(10 * DAY_MS + 1), canUrgeNow: false, openWorkOrderId: woId });
    expect(seen.canDispute).toEqual({ refused: false, urged: false });
  });

  it("INV-8: the invoice page lists the invoice's work orders and disputes with progress and links; SHOP-4: their events join the timeline", async () => {
    const { consumer, merchant, invoiceId, ref, shop } = await world("completed");
    const expiredId = await insertUrgeWorkOrder(handle.db, ref, { status: "expired", openedAt: at(11 * DAY_MS) });
    const openId = await insertUrgeWorkOrder(handle.db, ref, { status: "open", openedAt: at(13 * DAY_MS) });
    const disputeId = await insertDispute(handle.db, ref, {
      scenario: "invoice_urged",
      status: "awaiting_merchant",
      workOrderId: expiredId,
      openedAt: at(12 * DAY_MS),
    });
    await emitAudit(handle.db, {
      shopId: shop.id,
      recordType: "work_order",
      recordId: expiredId,
      by: SYSTEM,
      action: "work_order.expired",
      from: "open",
      to: "expired",
      at: at(12 * DAY_MS),
    });
    await emitAudit(handle.db, {
      shopId: shop.id,
      recordType: "dispute",
      recordId: disputeId,
      by: SYSTEM,
      action: "dispute.opened",
      to: "awaiting_merchant",
      at: at(12 * DAY_MS + 1),
    });

    const seen = await consumerAt(consumer, at(13 * DAY_MS + HOUR_MS)).invoice.consumer.get({ invoiceId });
    expect(seen.workOrders).toEqual([
      {
        id: expiredId,
        type: "urge_invoice",
        status: "expired",
        openedAt: at(11 * DAY_MS),
        dueAt: null,
        live: false,
        resolution: null,
        href: `/work-orders/${expiredId}`,
      },
      {
        id: openId,
        type: "urge_invoice",
        status: "open",
        openedAt: at(13 * DAY_MS),
        dueAt: at(14 * DAY_MS),
        live: true,
        resolution: null,
        href: `/work-orders/${openId}`,
      },
    ]);
    expect(seen.disputes).toEqual([
      {
        id: disputeId,
        scenario: "invoice_urged",
        status: "awaiting_merchant",
        openedAt: at(12 * DAY_MS),
        dueAt: at(13 * DAY_MS),
        live: true,
        href: `/disputes/${disputeId}`,
      },
    ]);
    expect(seen.timeline.map((e) => e.action)).toEqual(["invoice.requested", "work_order.expired", "dispute.opened"]);

    const asMerchant = await callerFor(handle.db, merchant).invoice.merchant.get({ invoiceId });
    expect(asMerchant.workOrders.map((w) => w.href)).toEqual([
      `/merchant/work-orders/${expiredId}`,
      `/merchant/work-orders/${openId}`,
    ]);
    expect(asMerchant.disputes.map((d) => d.href)).toEqual([`/merchant/disputes/${disputeId}`]);
    expect(asMerchant.consumer.name).toBe(consumer.name);
  });

  it("SHOP-4: the consumer's and merchant's timelines hide an internal admin note that an admin sees", async () => {
    const { consumer, merchant, invoiceId, shop } = await world("completed");
    const admin = await createAdmin(handle.db);
    await emitAudit(handle.db, {
      shopId: shop.id,
      recordType: "invoice",
      recordId: invoiceId,
      by: { userId: admin.userId, role: "admin", name: admin.name },
      action: "invoice.note",
      payload: { note: "内部备注:核实中" },
      internal: true,
      at: at(HOUR_MS),
    });
    const forConsumer = await callerFor(handle.db, consumer).invoice.consumer.get({ invoiceId });
    const forMerchant = await callerFor(handle.db, merchant).invoice.merchant.get({ invoiceId });
    const forAdmin = await callerFor(handle.db, admin).invoice.admin.get({ invoiceId });
    expect(forConsumer.timeline.map((e) => e.action)).toEqual(["invoice.requested"]);
    expect(forMerchant.timeline.map((e) => e.action)).toEqual(["invoice.requested"]);
    expect(forAdmin.timeline.map((e) => [e.action, e.internal])).toEqual([
      ["invoice.requested", false],
      ["invoice.note", true],
    ]);
  });

  it("DSP-INV-1 entry: a refused invoice offers the invoice-refused dispute until one is live", async () => {
    const { consumer, merchant, invoiceId, ref } = await world("completed");
    await callerFor(handle.db, merchant, { now: fixedClock(at(HOUR_MS)) }).invoice.merchant.refuse({
      invoiceId,
      reason: "不支持开票",
    });
    const seen = await consumerAt(consumer, at(2 * HOUR_MS)).invoice.consumer.get({ invoiceId });
    expect(seen).toMatchObject({
      status: "refused",
      refuseReason: "不支持开票",
      canDispute: { refused: true, urged: false },
    });

    await insertDispute(handle.db, ref, {
      scenario: "invoice_refused",
      status: "awaiting_merchant",
      openedAt: at(3 * HOUR_MS),
    });
    expect((await consumerAt(consumer, at(4 * HOUR_MS)).invoice.consumer.get({ invoiceId })).canDispute.refused).toBe(
      false,
    );
    // The merchant never gets the consumer's entries.
    expect((await callerFor(handle.db, merchant).invoice.merchant.get({ invoiceId })).canDispute).toEqual({
      refused: false,
      urged: false,
    });
  });

  it("DSP-INV-2 entry: an expired, broken or agreed urge work order on an unissued invoice offers the invoice-urged dispute until one is live", async () => {
    for (const outcome of [
      { status: "expired" as const },
      { status: "broken" as const },
      { status: "resolved" as const, resolution: "agreed_no_invoice" },
    ]) {
      const { consumer, invoiceId, ref } = await world("completed");
      const woId = await insertUrgeWorkOrder(handle.db, ref, { ...outcome, openedAt: at(11 * DAY_MS) });
      expect((await consumerAt(consumer, at(12 * DAY_MS)).invoice.consumer.get({ invoiceId })).canDispute).toEqual({
        refused: false,
        urged: true,
      });
      await insertDispute(handle.db, ref, {
        scenario: "invoice_urged",
        status: "platform_judging",
        workOrderId: woId,
        openedAt: at(12 * DAY_MS),
      });
      expect(
        (await consumerAt(consumer, at(12 * DAY_MS + 1)).invoice.consumer.get({ invoiceId })).canDispute.urged,
      ).toBe(false);
    }
  });

  it("SHOP-3: a consumer on another consumer's invoice → NOT_FOUND; a merchant of another shop → NOT_FOUND; garbage ids → NOT_FOUND", async () => {
    const { invoiceId } = await world("completed");
    const stranger = callerFor(handle.db, await createConsumer(handle.db), { locale: "en" });
    await expect(stranger.invoice.consumer.get({ invoiceId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Invoice request not found",
    });
    await expect(stranger.invoice.consumer.get({ invoiceId: "x'; --" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const otherShopMerchant = callerFor(handle.db, await createMerchant(handle.db, (await createShop(handle.db)).id));
    await expect(otherShopMerchant.invoice.merchant.get({ invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const asAdmin = callerFor(handle.db, await createAdmin(handle.db));
    await expect(asAdmin.invoice.admin.get({ invoiceId: crypto.randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const [row] = await handle.db
      .select({ status: invoiceRequests.status })
      .from(invoiceRequests)
      .where(eq(invoiceRequests.id, invoiceId));
    expect(row?.status).toBe("requested");
  });
});
