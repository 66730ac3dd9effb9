import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { approveServiceOrder } from "@/server/services/after-sales/approve-service-order";
import { withdrawServiceOrder } from "@/server/services/after-sales/withdraw-service-order";
import { afterSalesWorld, applyAt, at, H } from "@/server/test/fixtures/after-sales";
import { createConsumer, createOrder, openTestDb, serviceContext, TEST_NOW } from "@/server/test/harness";
import { getOrder } from "./get-order";
import { listOrders } from "./list-orders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const listInput = { limit: 20 } as const;

describe("orders with their service orders (issue #13: 我的订单 and the order's timeline)", () => {
  it("AS-1: the order list brings each order's newest live service order (else its newest) in the same read", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const bare = await createOrder(db, {
      shopId: w.shop.id,
      consumerId: w.consumer.consumer.id,
      status: "signed",
      signedAt: at(-H),
    });
    const rowOf = async (orderId: string, ctx = w.asConsumer(at(3 * H))) =>
      (await listOrders(ctx, listInput)).items.find((o) => o.id === orderId);

    expect((await rowOf(w.order.id))?.serviceOrder).toBeNull();
    const earphones = await applyAt(w, TEST_NOW);
    expect((await rowOf(w.order.id))?.serviceOrder).toEqual({ id: earphones.id, status: "pending_review" });

    // A newer one that closes does not hide the live one; the merchant's list shows the same.
    const cable = await applyAt(w, at(H), { items: [{ orderItemId: w.cable.id, quantity: 1 }] });
    await withdrawServiceOrder(w.asConsumer(at(2 * H)), { serviceOrderId: cable.id });
    expect((await rowOf(w.order.id))?.serviceOrder).toEqual({ id: earphones.id, status: "pending_review" });
    expect((await rowOf(w.order.id, w.asMerchant(at(3 * H))))?.serviceOrder).toEqual({
      id: earphones.id,
      status: "pending_review",
    });

    // With none live, the newest shows (closed: the page shows no marker for it).
    await withdrawServiceOrder(w.asConsumer(at(2 * H)), { serviceOrderId: earphones.id });
    expect((await rowOf(w.order.id))?.serviceOrder).toEqual({ id: cable.id, status: "closed" });
    expect((await rowOf(bare.id))?.serviceOrder).toBeNull();
  });

  it("SHOP-4: the order carries its service orders' timelines for the consumer and the merchant; another consumer gets NOT_FOUND", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const applied = await applyAt(w, TEST_NOW);
    await approveServiceOrder(w.asMerchant(at(H)), {
      serviceOrderId: applied.id,
      opinion: "同意退货",
      noCodReturn: true,
      includeAccessories: false,
    });
    for (const ctx of [w.asConsumer(at(2 * H)), w.asMerchant(at(2 * H))]) {
      const order = await getOrder(ctx, { orderId: w.order.id });
      expect(order.serviceOrders).toHaveLength(1);
      expect(order.serviceOrders[0]).toMatchObject({
        id: applied.id,
        serviceNo: applied.serviceNo,
        status: "awaiting_return",
      });
      expect(order.serviceOrders[0]?.timeline.map((e) => e.action)).toEqual([
        "service_order.applied",
        "service_order.approved",
      ]);
      expect(order.serviceOrders[0]?.timeline[0]?.payload).toMatchObject({ type: "return", reason: "no_reason_7d" });
    }
    const stranger = await createConsumer(db);
    await expect(getOrder(serviceContext(db, stranger, { now: at(2 * H) }), { orderId: w.order.id })).rejects.toThrow(
      /订单不存在|not found/i,
    );
  });
});
