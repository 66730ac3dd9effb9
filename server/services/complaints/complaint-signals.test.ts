import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { as, complaintWorld, fileUnpaid } from "@/server/test/fixtures/complaints";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { openTestDb } from "@/server/test/harness";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("MAL-2/MAL-3 the buyer's signals on a complaint under review", () => {
  it("MAL-3: the judge reviewing a complaint gets the buyer's platform-wide signals; another shop gets NOT_FOUND; the buyer is refused", async () => {
    const w = await complaintWorld(handle.db);
    const complaint = await fileUnpaid(handle.db, w);
    const record = { kind: "complaint", id: complaint.id } as const;

    const judged = await as(handle.db, w.admin).riskSignals.admin.buyer(record);
    expect([judged.consumerId, judged.scope]).toEqual([w.buyer.consumer.id, "platform"]);
    const own = await as(handle.db, w.merchant).riskSignals.merchant.buyer(record);
    expect([own.consumerId, own.scope]).toEqual([w.buyer.consumer.id, "shop"]);

    await expectTrpcError(as(handle.db, w.otherMerchant).riskSignals.merchant.buyer(record), "NOT_FOUND");
    await expectTrpcError(as(handle.db, w.buyer).riskSignals.merchant.buyer(record), "FORBIDDEN");
  });
});
