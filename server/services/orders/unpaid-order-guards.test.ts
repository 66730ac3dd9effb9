import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { cancelOrders, invoiceRequests, workOrders } from "@/db/schema";
import { isUnpaidOrder, type OrderStatus } from "@/server/domain/order";
import { callerFor, createConsumer, createOrder, createShop, openTestDb } from "@/server/test/harness";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** A Tmall-style shop (every intervention type applies) and one order of a consumer in `status`. */
async function world(status: OrderStatus, locale: "zh-CN" | "en" = "en") {
  const { db } = handle;
  const shop = await createShop(db, { marketplaceStyle: "tmall" });
  const consumer = await createConsumer(db);
  const order = await createOrder(db, { shopId: shop.id, consumerId: consumer.consumer.id, status });
  return { order, asConsumer: callerFor(db, consumer, { locale }) };
}

const unpaidStatuses = ["awaiting_payment", "closed_unpaid"] as const;

describe("orders never paid", () => {
  it("SHOP-2: awaiting_payment and closed_unpaid are the unpaid statuses; the factory leaves paid_at null and closes 30 minutes after placing", async () => {
    expect(
      ["awaiting_payment", "paid", "shipped", "signed", "completed", "cancelled", "closed_unpaid"].map((s) =>
        isUnpaidOrder(s as OrderStatus),
      ),
    ).toEqual([true, false, false, false, false, false, true]);
    const { order } = await world("closed_unpaid");
    expect(order.paidAt).toBeNull();
    // TEST_NOW is 2026-03-15T04:00Z: placed 15 days before it, closed 30 minutes later.
    expect(order.placedAt).toEqual(new Date("2026-02-28T04:00:00.000Z"));
    expect(order.cancelledAt).toEqual(new Date("2026-02-28T04:30:00.000Z"));
  });

  it("INV-1: an unpaid order cannot be invoiced (订单未付款), nothing is stored, and the order page offers no request", async () => {
    for (const status of unpaidStatuses) {
      const { order, asConsumer } = await world(status);
      await expect(
        asConsumer.invoice.consumer.request({ orderId: order.id, title: "个人", invoiceType: "electronic_normal" }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The order was never paid; it cannot be invoiced" });
      expect(await handle.db.select().from(invoiceRequests).where(eq(invoiceRequests.orderId, order.id))).toEqual([]);
      expect(await asConsumer.invoice.consumer.forOrder({ orderId: order.id })).toMatchObject({ canRequest: false });
    }
    const zh = await world("closed_unpaid", "zh-CN");
    await expect(
      zh.asConsumer.invoice.consumer.request({ orderId: zh.order.id, title: "个人", invoiceType: "electronic_normal" }),
    ).rejects.toMatchObject({ message: "订单未付款,不能申请开票" });
  });

  it("WO-1: platform intervention of every type is refused on an unpaid order (订单未付款) and no work order is opened", async () => {
    for (const status of unpaidStatuses) {
      const { order, asConsumer } = await world(status);
      for (const type of ["not_received", "missing_items", "collaborative"] as const) {
        await expect(
          asConsumer.intervention.consumer.applyIntervention({ orderId: order.id, type, claim: "申请平台介入处理" }),
        ).rejects.toMatchObject({
          code: "BAD_REQUEST",
          message: "The order was never paid; platform intervention is not available",
        });
      }
      expect(await handle.db.select().from(workOrders).where(eq(workOrders.orderId, order.id))).toEqual([]);
    }
    const zh = await world("awaiting_payment", "zh-CN");
    await expect(
      zh.asConsumer.intervention.consumer.applyIntervention({
        orderId: zh.order.id,
        type: "collaborative",
        claim: "申请平台介入处理",
      }),
    ).rejects.toMatchObject({ message: "订单未付款,无法申请平台介入" });
  });

  it("DSP-CXL-6/DSP-CXL-1: an unpaid order can be neither cancelled nor taken to a cancellation dispute (订单未付款)", async () => {
    for (const status of unpaidStatuses) {
      const { order, asConsumer } = await world(status);
      expect(await asConsumer.cancelOrder.consumer.requestable({ orderId: order.id })).toMatchObject({
        available: false,
        unavailableReason: { en: "The order was never paid; there is nothing to cancel or dispute" },
      });
      await expect(
        asConsumer.cancelOrder.consumer.request({ orderId: order.id, reason: "changed_mind" }),
      ).rejects.toMatchObject({ message: "The order was never paid; there is nothing to cancel or dispute" });
      expect(await handle.db.select().from(cancelOrders).where(eq(cancelOrders.orderId, order.id))).toEqual([]);
      expect(await asConsumer.dispute.consumer.cancelOpenable({ orderId: order.id })).toMatchObject({
        available: false,
        unavailableReason: { "zh-CN": "订单未付款,无需取消,也不能发起取消纠纷" },
      });
    }
  });

  it("AS-1: after-sales is blocked on every item of an unpaid order (订单未付款)", async () => {
    for (const status of unpaidStatuses) {
      const { order, asConsumer } = await world(status);
      const options = await asConsumer.afterSales.consumer.options({ orderId: order.id });
      expect(options.items.map((i) => i.blocked)).toEqual([
        {
          code: "order_unpaid",
          text: { "zh-CN": "订单未付款,无法申请售后", en: "The order was never paid; no after-sales is available" },
        },
      ]);
    }
  });
});
