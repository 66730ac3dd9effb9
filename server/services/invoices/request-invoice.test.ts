import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, invoiceRequests } from "@/db/schema";
import { callerFor, createConsumer, createOrder, createShop, openTestDb, TEST_NOW } from "@/server/test/harness";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const storedFor = (orderId: string) =>
  handle.db.select().from(invoiceRequests).where(eq(invoiceRequests.orderId, orderId));

async function world(
  opts: { status?: "paid" | "shipped" | "signed" | "completed" | "cancelled"; businessMode?: "SOP" | "FBP" } = {},
) {
  const { db } = handle;
  const shop = await createShop(db, { businessMode: opts.businessMode ?? "SOP" });
  const consumer = await createConsumer(db);
  const order = await createOrder(db, {
    shopId: shop.id,
    consumerId: consumer.consumer.id,
    status: opts.status ?? "signed",
  });
  return { shop, consumer, order, asConsumer: callerFor(db, consumer, { locale: "en" }) };
}

describe("request an invoice", () => {
  it("INV-1: a consumer requests an invoice on their own order (not completed → not supplementary); SHOP-4 audits invoice.requested", async () => {
    const { shop, consumer, order, asConsumer } = await world({ status: "signed" });
    const created = await asConsumer.invoice.consumer.request({
      orderId: order.id,
      title: "  上海某某科技有限公司 ",
      taxId: "91310000ma1k8xyz3q",
      invoiceType: "electronic_normal",
    });
    expect(created).toMatchObject({ status: "requested", supplementary: false, invoicingParty: "merchant" });

    const [stored] = await storedFor(order.id);
    expect(stored).toMatchObject({
      id: created.id,
      shopId: shop.id,
      consumerId: consumer.consumer.id,
      title: "上海某某科技有限公司",
      taxId: "91310000MA1K8XYZ3Q",
      invoiceType: "electronic_normal",
      status: "requested",
      supplementary: false,
      requestedAt: TEST_NOW,
    });
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.recordId, created.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      recordType: "invoice",
      action: "invoice.requested",
      actorRole: "consumer",
      actorId: consumer.userId,
      toState: "requested",
      at: TEST_NOW,
    });

    const card = await asConsumer.invoice.consumer.forOrder({ orderId: order.id });
    expect(card).toMatchObject({ canRequest: false, invoice: { id: created.id, status: "requested" } });
  });

  it("INV-1: a request on a completed order is supplementary (补开发票)", async () => {
    const { order, asConsumer } = await world({ status: "completed" });
    expect((await asConsumer.invoice.consumer.forOrder({ orderId: order.id })).wouldBeSupplementary).toBe(true);
    const created = await asConsumer.invoice.consumer.request({
      orderId: order.id,
      title: "个人",
      invoiceType: "electronic_normal",
    });
    expect(created.supplementary).toBe(true);
    expect((await storedFor(order.id))[0]).toMatchObject({ supplementary: true, taxId: null });
  });

  it("INV-1: a cancelled order cannot be invoiced, and nothing is stored", async () => {
    const { order, asConsumer } = await world({ status: "cancelled" });
    await expect(
      asConsumer.invoice.consumer.request({ orderId: order.id, title: "个人", invoiceType: "electronic_normal" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A cancelled order cannot be invoiced",
    });
    expect(await storedFor(order.id)).toEqual([]);
    expect(await asConsumer.invoice.consumer.forOrder({ orderId: order.id })).toMatchObject({
      canRequest: false,
      invoice: null,
    });
  });

  it("INV-1: a second live request on the same order is a CONFLICT (该订单已申请开票); after a refusal a new request is allowed", async () => {
    const { order, consumer, asConsumer } = await world({ status: "completed" });
    const input = { orderId: order.id, title: "个人", invoiceType: "electronic_normal" as const };
    const first = await asConsumer.invoice.consumer.request(input);
    await expect(callerFor(handle.db, consumer).invoice.consumer.request(input)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "该订单已申请开票",
    });
    expect(await storedFor(order.id)).toHaveLength(1);

    // A refused request no longer blocks: the partial unique index covers live requests only.
    await handle.db
      .update(invoiceRequests)
      .set({ status: "refused", refuseReason: "测试" })
      .where(eq(invoiceRequests.id, first.id));
    expect((await asConsumer.invoice.consumer.forOrder({ orderId: order.id })).canRequest).toBe(true);
    const second = await asConsumer.invoice.consumer.request(input);
    expect(second.id).not.toBe(first.id);
    expect((await asConsumer.invoice.consumer.forOrder({ orderId: order.id })).invoice?.id).toBe(second.id);
  });

  it("INV-1: vat_special without a tax ID, a malformed tax ID, or an empty/too-long title → BAD_REQUEST and nothing stored", async () => {
    const { order, asConsumer } = await world();
    const vatWithoutTaxId = { orderId: order.id, title: "某某公司", invoiceType: "vat_special" as const };
    const attempts = [
      vatWithoutTaxId,
      { orderId: order.id, title: "某某公司", taxId: "   ", invoiceType: "vat_special" as const },
      { orderId: order.id, title: "某某公司", taxId: "1234", invoiceType: "electronic_normal" as const },
      { orderId: order.id, title: "某某公司", taxId: "91310000-MA1K8XYZ3Q", invoiceType: "vat_special" as const },
      { orderId: order.id, title: "   ", invoiceType: "electronic_normal" as const },
      { orderId: order.id, title: "抬".repeat(101), invoiceType: "electronic_normal" as const },
    ];
    for (const input of attempts) {
      await expect(asConsumer.invoice.consumer.request(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(asConsumer.invoice.consumer.request(vatWithoutTaxId)).rejects.toThrow(/requires the tax ID/);
    expect(await storedFor(order.id)).toEqual([]);
    // With a tax ID it goes through.
    const ok = await asConsumer.invoice.consumer.request({
      orderId: order.id,
      title: "某某公司",
      taxId: "91310000MA1K8XYZ3Q",
      invoiceType: "vat_special",
    });
    expect(ok.status).toBe("requested");
  });

  it("INV-1 / SHOP-3: another consumer's order (or a garbage id) → NOT_FOUND, and nothing stored", async () => {
    const { order } = await world();
    const stranger = callerFor(handle.db, await createConsumer(handle.db), { locale: "en" });
    await expect(
      stranger.invoice.consumer.request({ orderId: order.id, title: "个人", invoiceType: "electronic_normal" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Order not found",
    });
    await expect(stranger.invoice.consumer.forOrder({ orderId: order.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      stranger.invoice.consumer.request({ orderId: "not-a-uuid", title: "个人", invoiceType: "electronic_normal" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await storedFor(order.id)).toEqual([]);
  });

  it("SHOP-1: an FBP shop's request is invoiced by the platform; an SOP shop's by the merchant", async () => {
    const fbp = await world({ businessMode: "FBP" });
    const sop = await world({ businessMode: "SOP" });
    expect(
      (
        await fbp.asConsumer.invoice.consumer.request({
          orderId: fbp.order.id,
          title: "个人",
          invoiceType: "electronic_normal",
        })
      ).invoicingParty,
    ).toBe("platform");
    expect(
      (
        await sop.asConsumer.invoice.consumer.request({
          orderId: sop.order.id,
          title: "个人",
          invoiceType: "electronic_normal",
        })
      ).invoicingParty,
    ).toBe("merchant");
  });
});
