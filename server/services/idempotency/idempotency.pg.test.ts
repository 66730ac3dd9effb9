import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, submissionKey } from "@/server/test/harness";
import { cancelRow, cancelWorld, refundsOfOrder } from "@/server/test/fixtures/cancel-orders";
import { auditActions } from "@/server/test/fixtures/disputes";

/**
 * Idempotency keys on real PostgreSQL: a client retrying one submission 20 times at once, each
 * request on its own connection. The first holds the key's row inside its transaction; the
 * others wait on the unique index and then read its result. Skipped without DATABASE_URL
 * (PGlite has one connection, so nothing would really run side by side).
 */
const baseUrl = process.env.DATABASE_URL;
const REPLAYS = 20;

describe.skipIf(!baseUrl)("idempotency keys under concurrency on PostgreSQL", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb();
    expect(handle.kind).toBe("postgres");
  }, 60_000);
  afterAll(async () => {
    await handle.close();
  });

  it("20 parallel replays of one key: one approval, one refund, 20 identical results", async () => {
    const { db } = handle;
    const w = await cancelWorld(db, { status: "paid" });
    const { id } = await w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "changed_mind" });
    const key = submissionKey();
    const results = await Promise.allSettled(
      Array.from({ length: REPLAYS }, () =>
        w.asMerchant.cancelOrder.merchant.approve({ cancelOrderId: id, idempotencyKey: key }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const values = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(values).toHaveLength(20);
    for (const value of values) expect(value).toEqual({ id, status: "refund_succeeded", refundedFen: 12_800 });
    expect(await refundsOfOrder(db, w.order.id)).toMatchObject([{ amountFen: 12_800 }]);
    expect(await auditActions(db, id, ["cancel_order.approved", "cancel_order.refund_made"])).toHaveLength(2);
    expect(await cancelRow(db, id)).toMatchObject({ status: "refund_succeeded" });
  });
});
