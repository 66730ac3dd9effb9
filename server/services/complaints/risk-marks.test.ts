import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { partyHistory } from "@/server/services/adjudication/history";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  as,
  at,
  auditOf,
  complaintWorld,
  fileUnpaid,
  HOUR,
  marksOfComplaint,
  review,
  type ComplaintWorld,
} from "@/server/test/fixtures/complaints";
import { createMerchant, createOrder, createShop, openTestDb, submissionKey } from "@/server/test/harness";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const DAY = 24 * HOUR;

async function upheld() {
  const w = await complaintWorld(handle.db);
  const filed = await fileUnpaid(handle.db, w);
  const decided = await review(handle.db, w, filed.id, "uphold");
  const markId = decided.markId ?? "";
  return { w, id: filed.id, markId };
}

const history = (w: ComplaintWorld, now: Date) =>
  partyHistory(handle.db, {
    now,
    shopId: w.shop.id,
    consumerId: w.buyer.consumer.id,
    exclude: { kind: "dispute", id: "00000000-0000-4000-8000-000000000000" },
  });

describe("risk marks (MAL-2)", () => {
  it("MAL-2: the complaining shop sees the mark with its complaint; another shop of the buyer sees the category only", async () => {
    const { w, id } = await upheld();
    const own = await as(handle.db, w.merchant).complaint.merchant.buyerMarks({ consumerId: w.buyer.consumer.id });
    expect(own.map((m) => [m.category, m.ownComplaint?.id])).toEqual([["unpaid_orders", id]]);
    const other = await as(handle.db, w.otherMerchant).complaint.merchant.buyerMarks({
      consumerId: w.buyer.consumer.id,
    });
    expect(other.map((m) => [m.category, m.ownComplaint])).toEqual([["unpaid_orders", null]]);
    await expectTrpcError(as(handle.db, w.otherMerchant).complaint.merchant.get({ complaintId: id }), "NOT_FOUND");
  });

  it("MAL-2 tenant: a shop the buyer never bought from sees nothing (NOT_FOUND); a consumer is refused", async () => {
    const { w } = await upheld();
    const stranger = await createShop(handle.db);
    const strangerMerchant = await createMerchant(handle.db, stranger.id);
    await expectTrpcError(
      as(handle.db, strangerMerchant).complaint.merchant.buyerMarks({ consumerId: w.buyer.consumer.id }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      as(handle.db, w.buyer).complaint.merchant.buyerMarks({ consumerId: w.buyer.consumer.id }),
      "FORBIDDEN",
    );
  });

  it("MAL-2: a mark counts on the case page until its 180 days end — 1 ms before yes, at the end no", async () => {
    const { w, markId } = await upheld();
    await createOrder(handle.db, { shopId: w.shop.id, consumerId: w.buyer.consumer.id });
    const before = await history(w, at(180 * DAY - 1));
    expect(before.consumer.riskMarks).toBe(1);
    expect(before.consumer.marks.map((m) => [m.id, m.category])).toEqual([[markId, "unpaid_orders"]]);
    expect(before.consumer.heldLiable).toBe(0);
    expect((await history(w, at(180 * DAY))).consumer.riskMarks).toBe(0);
    const admin = await as(handle.db, w.admin, at(180 * DAY)).complaint.admin.marks({
      consumerId: w.buyer.consumer.id,
      includeInactive: true,
    });
    expect(admin.marks.map((m) => m.active)).toEqual([false]);
  });

  it("MAL-2: an admin clears a wrong mark with a reason kept in the audit trail; it stops counting; clearing twice is stale", async () => {
    const { w, id, markId } = await upheld();
    const cleared = await as(handle.db, w.admin, at(HOUR)).complaint.admin.clearMark({
      idempotencyKey: submissionKey(),
      markId,
      reason: "买家已提供付款失败的银行证明",
    });
    expect(cleared.clearedAt.toISOString()).toBe("2026-03-15T05:00:00.000Z");
    const [mark] = await marksOfComplaint(handle.db, id);
    expect([mark?.clearReason, mark?.clearedBy]).toEqual(["买家已提供付款失败的银行证明", w.admin.userId]);
    expect(await auditOf(handle.db, id)).toEqual(["complaint.filed", "complaint.upheld", "complaint.mark_cleared"]);
    expect((await history(w, at(HOUR))).consumer.riskMarks).toBe(0);
    await expectTrpcError(
      as(handle.db, w.admin, at(HOUR)).complaint.admin.clearMark({
        idempotencyKey: submissionKey(),
        markId,
        reason: "再次清除同一个标记",
      }),
      "CONFLICT",
    );
    await expectTrpcError(
      as(handle.db, w.merchant).complaint.admin.clearMark({
        idempotencyKey: submissionKey(),
        markId,
        reason: "商家清除标记",
      }),
      "FORBIDDEN",
    );
  });
});
