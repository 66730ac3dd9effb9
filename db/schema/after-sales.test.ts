import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { noShopServices } from "@/server/domain/after-sales";
import { createConsumer, createOrder, createShop, openTestDb, TEST_NOW, uniqueToken } from "@/server/test/harness";
import { serviceOrderItems, serviceOrderProposals, serviceOrders } from "./after-sales";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

async function world() {
  const shop = await createShop(handle.db);
  const consumer = await createConsumer(handle.db);
  const order = await createOrder(handle.db, {
    shopId: shop.id,
    consumerId: consumer.consumer.id,
    status: "signed",
    items: [{ quantity: 2, warrantyDays: 90 }],
  });
  const item = order.items[0];
  if (!item) throw new Error("no item");
  return { shop, order, item };
}

async function serviceOrder(w: Awaited<ReturnType<typeof world>>) {
  const [row] = await handle.db
    .insert(serviceOrders)
    .values({
      shopId: w.shop.id,
      orderId: w.order.id,
      consumerId: w.order.consumerId,
      serviceNo: `AS${uniqueToken(12)}`,
      type: "return",
      reason: "no_reason_7d",
      status: "pending_review",
      policyId: "jd.after_sales",
      policyVersion: 1,
      platformDeadlinePolicyVersion: 1,
      violationRulePolicyVersion: 1,
      services: noShopServices,
      requestedResult: "refund",
      appliedAt: TEST_NOW,
      dueKind: "review",
      dueAt: new Date("2026-03-16T04:00:00.000Z"),
    })
    .returning();
  if (!row) throw new Error("no service order");
  return row;
}

const proposal = (
  serviceOrderId: string,
  shopId: string,
  kind: "reject" | "change_result",
  status: "pending" | "refused",
) => ({
  serviceOrderId,
  shopId,
  kind,
  stage: "review" as const,
  status,
  note: "商品已拆封影响二次销售",
  proposedBy: "merchant-user",
  proposedAt: TEST_NOW,
  dueAt: new Date("2026-03-17T04:00:00.000Z"),
  pausedMsLeft: 86_400_000,
});

describe("after-sales schema constraints", () => {
  it("AS-1: one live service order per order item; a finished one frees the item", async () => {
    const w = await world();
    const first = await serviceOrder(w);
    await handle.db.insert(serviceOrderItems).values({ serviceOrderId: first.id, orderItemId: w.item.id, quantity: 1 });
    const second = await serviceOrder(w);
    await expect(
      handle.db.insert(serviceOrderItems).values({ serviceOrderId: second.id, orderItemId: w.item.id, quantity: 1 }),
    ).rejects.toThrow();
    await handle.db
      .update(serviceOrderItems)
      .set({ live: false })
      .where(eq(serviceOrderItems.serviceOrderId, first.id));
    await handle.db
      .insert(serviceOrderItems)
      .values({ serviceOrderId: second.id, orderItemId: w.item.id, quantity: 1 });
    expect(w.item.warrantyDays).toBe(90);
  });

  it("AS-5/AS-8: one pending proposal at a time, one of each kind per stage", async () => {
    const w = await world();
    const so = await serviceOrder(w);
    await handle.db.insert(serviceOrderProposals).values(proposal(so.id, w.shop.id, "change_result", "refused"));
    await expect(
      handle.db.insert(serviceOrderProposals).values(proposal(so.id, w.shop.id, "change_result", "pending")),
    ).rejects.toThrow();
    await handle.db.insert(serviceOrderProposals).values(proposal(so.id, w.shop.id, "reject", "pending"));
    const rows = await handle.db
      .select()
      .from(serviceOrderProposals)
      .where(eq(serviceOrderProposals.serviceOrderId, so.id));
    expect(rows.map((r) => [r.kind, r.status, r.pausedMsLeft]).sort()).toEqual([
      ["change_result", "refused", 86_400_000],
      ["reject", "pending", 86_400_000],
    ]);
  });

  it("ROL-1: a service order keeps the policy versions it was applied under and the shop services it had", async () => {
    const so = await serviceOrder(await world());
    expect([so.policyId, so.policyVersion, so.platformDeadlinePolicyVersion, so.violationRulePolicyVersion]).toEqual([
      "jd.after_sales",
      1,
      1,
      1,
    ]);
    expect(so.services).toEqual({ fastReview: false, flashRefund: false, shippingInsurance: false });
    expect(so.requirements).toEqual([]);
  });
});
