import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { refunds } from "@/db/schema";
import { createConsumer, createOrder, createShop, openTestDb, TEST_NOW } from "@/server/test/harness";
import { recordRefund } from "./record-refund";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

async function setup() {
  const shop = await createShop(handle.db);
  const consumer = await createConsumer(handle.db);
  const order = await createOrder(handle.db, {
    shopId: shop.id,
    consumerId: consumer.consumer.id,
    status: "completed",
    amountFen: 10_000,
  });
  return { shop, order };
}

describe("refund ledger", () => {
  it("pays once per (source, kind) however often it is retried, also concurrently", async () => {
    const { shop, order } = await setup();
    const sourceId = crypto.randomUUID();
    const pay = () =>
      handle.db.transaction((tx) =>
        recordRefund(tx, {
          shopId: shop.id,
          orderId: order.id,
          sourceType: "dispute",
          sourceId,
          kind: "dispute_refund",
          amountFen: 5_000,
          cause: "judgment",
          reason: "test",
          now: TEST_NOW,
        }),
      );
    const results = await Promise.all([pay(), pay(), pay()]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await handle.db.select().from(refunds).where(eq(refunds.orderId, order.id));
    expect(rows).toHaveLength(1);
  });

  it("never refunds more than the order amount across sources; compensation comes on top", async () => {
    const { shop, order } = await setup();
    const refund = (kind: "dispute_refund" | "order_refund" | "compensation", amountFen: number) =>
      handle.db.transaction((tx) =>
        recordRefund(tx, {
          shopId: shop.id,
          orderId: order.id,
          sourceType: "dispute",
          sourceId: crypto.randomUUID(),
          kind,
          amountFen,
          cause: "judgment",
          reason: "test",
          now: TEST_NOW,
        }),
      );
    expect(await refund("dispute_refund", 7_000)).toEqual({ created: true, amountFen: 7_000 });
    expect(await refund("order_refund", 7_000)).toEqual({ created: true, amountFen: 3_000 });
    expect(await refund("order_refund", 100)).toEqual({ created: false, amountFen: 0 });
    expect(await refund("compensation", 1_000)).toEqual({ created: true, amountFen: 1_000 });
  });
});
