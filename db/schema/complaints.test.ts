import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { orderSetKey } from "@/server/domain/complaint";
import { createConsumer, createOrder, createShop, openTestDb, TEST_NOW, uniqueToken } from "@/server/test/harness";
import { complaints } from "./complaints";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

async function complaint(shopId: string, consumerId: string, orderIds: string[]) {
  const [row] = await handle.db
    .insert(complaints)
    .values({
      complaintNo: `TS${uniqueToken(12)}`,
      shopId,
      consumerId,
      category: "unpaid_orders",
      status: "pending_review",
      statement: "该买家连续下单不付款",
      orderSetKey: orderSetKey(orderIds),
      policyId: "jd.malicious_complaints",
      policyVersion: 1,
      filedAt: TEST_NOW,
      filedBy: "merchant-user",
      reviewDueAt: new Date("2026-03-18T04:00:00.000Z"),
    })
    .returning();
  if (!row) throw new Error("no complaint");
  return row;
}

describe("complaints schema", () => {
  it("MAL-1: a second open complaint about the same orders and category is refused; a closed one frees it", async () => {
    const shop = await createShop(handle.db);
    const { consumer } = await createConsumer(handle.db);
    const a = await createOrder(handle.db, { shopId: shop.id, consumerId: consumer.id, status: "cancelled" });
    const b = await createOrder(handle.db, { shopId: shop.id, consumerId: consumer.id, status: "cancelled" });
    const first = await complaint(shop.id, consumer.id, [a.id, b.id]);
    await expect(complaint(shop.id, consumer.id, [b.id, a.id])).rejects.toThrow();
    await handle.db.update(complaints).set({ status: "dismissed" }).where(eq(complaints.id, first.id));
    const again = await complaint(shop.id, consumer.id, [b.id, a.id, a.id]);
    expect(again.orderSetKey).toBe(first.orderSetKey);
  });
});
