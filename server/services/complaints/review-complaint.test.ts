import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { notifications } from "@/db/schema";
import { eq } from "drizzle-orm";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  as,
  at,
  auditOf,
  complaintRow,
  complaintWorld,
  fileUnpaid,
  HOUR,
  marksOfComplaint,
  review,
  screenshot,
  sweepComplaints,
  type ComplaintWorld,
} from "@/server/test/fixtures/complaints";
import { openTestDb, submissionKey } from "@/server/test/harness";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const kindsFor = async (w: ComplaintWorld) =>
  (await handle.db.select().from(notifications).where(eq(notifications.shopId, w.shop.id))).map((n) => n.kind).sort();

const supplement = async (w: ComplaintWorld, complaintId: string, when: Date) =>
  as(handle.db, w.merchant, when).complaint.merchant.supplement({
    idempotencyKey: submissionKey(),
    complaintId,
    statement: "补充买家拒付的聊天记录截图",
    files: [await screenshot(handle.db, w)],
  });

async function materialRequested() {
  const w = await complaintWorld(handle.db);
  const filed = await fileUnpaid(handle.db, w);
  const asked = await review(handle.db, w, filed.id, "request_material");
  return { w, id: filed.id, asked };
}

describe("review a complaint (MAL-2)", () => {
  it("MAL-2: upheld → a risk mark on the buyer for 180 days from the complaint; the merchant is told", async () => {
    const w = await complaintWorld(handle.db);
    const filed = await fileUnpaid(handle.db, w);
    const queue = await as(handle.db, w.admin, at(HOUR)).complaint.admin.queue({});
    const mine = queue.items.find((i) => i.id === filed.id);
    expect(mine?.msLeft).toBe(71 * HOUR);
    const decided = await review(handle.db, w, filed.id, "uphold", at(HOUR));
    expect(decided.status).toBe("upheld");
    const [mark] = await marksOfComplaint(handle.db, filed.id);
    expect(mark?.category).toBe("unpaid_orders");
    expect(mark?.consumerId).toBe(w.buyer.consumer.id);
    expect(mark?.since.toISOString()).toBe("2026-03-15T05:00:00.000Z");
    expect(mark?.expiresAt.toISOString()).toBe("2026-09-11T05:00:00.000Z");
    expect(await kindsFor(w)).toEqual(["complaint.upheld"]);
    expect(await auditOf(handle.db, filed.id)).toEqual(["complaint.filed", "complaint.upheld"]);
  });

  it("MAL-2: a second decision is a stale-state conflict; a retried click with the same key returns the first answer", async () => {
    const w = await complaintWorld(handle.db);
    const filed = await fileUnpaid(handle.db, w);
    const key = submissionKey();
    const first = await review(handle.db, w, filed.id, "uphold", at(0), key);
    const retried = await review(handle.db, w, filed.id, "uphold", at(0), key);
    expect(retried).toEqual(first);
    const error = await expectTrpcError(review(handle.db, w, filed.id, "dismiss"), "CONFLICT");
    expect(error.message).toBe("该记录当前状态不允许此操作,可能已被他人处理,请刷新后查看");
    expect(await marksOfComplaint(handle.db, filed.id)).toHaveLength(1);
  });

  it("MAL-2: more material is asked once; the merchant's 72h window runs; a supplement restarts a full review window", async () => {
    const { w, id, asked } = await materialRequested();
    expect(asked.materialDueAt?.toISOString()).toBe("2026-03-18T04:00:00.000Z");
    const row = await complaintRow(handle.db, id);
    expect([row.status, row.reviewDueAt]).toEqual(["needs_material", null]);
    const back = await supplement(w, id, at(72 * HOUR - 1));
    expect(back.status).toBe("pending_review");
    expect(back.reviewDueAt?.toISOString()).toBe("2026-03-21T03:59:59.999Z");
    const again = await expectTrpcError(review(handle.db, w, id, "request_material"), "CONFLICT");
    expect(again.message).toBe("每个投诉只能要求补充一次材料,请直接判定成立或不成立");
    expect(await kindsFor(w)).toEqual(["complaint.material_requested"]);
  });

  it("MAL-2: a supplement at the window's end exactly is refused; the sweeper closes the complaint then, not 1 ms before", async () => {
    const { w, id } = await materialRequested();
    const late = await expectTrpcError(supplement(w, id, at(72 * HOUR)), "CONFLICT");
    expect(late.message).toBe("补充材料时限已过,投诉将被关闭");
    await sweepComplaints(handle.db, w, at(72 * HOUR - 1));
    expect((await complaintRow(handle.db, id)).status).toBe("needs_material");
    await sweepComplaints(handle.db, w, at(72 * HOUR));
    const closed = await complaintRow(handle.db, id);
    expect([closed.status, closed.closedAt?.toISOString()]).toEqual(["closed", "2026-03-18T04:00:00.000Z"]);
    await sweepComplaints(handle.db, w, at(72 * HOUR + 1));
    expect(await auditOf(handle.db, id)).toEqual([
      "complaint.filed",
      "complaint.material_requested",
      "complaint.material_lapsed",
    ]);
    expect(await kindsFor(w)).toEqual([
      "complaint.closed",
      "complaint.material_reminder",
      "complaint.material_requested",
    ]);
  });

  it("MAL-2: a supplement re-using a file already in the complaint is refused; a new file is taken", async () => {
    const { w, id } = await materialRequested();
    const page = await as(handle.db, w.merchant).complaint.merchant.get({ complaintId: id });
    expect(page.can.supplement).toBe(true);
    const used = page.evidence[0]?.fileId ?? "";
    const error = await expectTrpcError(
      as(handle.db, w.merchant, at(HOUR)).complaint.merchant.supplement({
        idempotencyKey: submissionKey(),
        complaintId: id,
        statement: "补充买家拒付的聊天记录截图",
        files: [used],
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("该文件已在投诉材料中,请上传新的补充材料");
    expect((await supplement(w, id, at(HOUR))).status).toBe("pending_review");
  });

  it("MAL-2: the merchant is reminded once 4h before the material window ends, not before", async () => {
    const { w } = await materialRequested();
    await sweepComplaints(handle.db, w, at(68 * HOUR - 1));
    expect(await kindsFor(w)).toEqual(["complaint.material_requested"]);
    await sweepComplaints(handle.db, w, at(68 * HOUR));
    await sweepComplaints(handle.db, w, at(69 * HOUR));
    expect(await kindsFor(w)).toEqual(["complaint.material_reminder", "complaint.material_requested"]);
  });

  it("MAL-2 tenant: merchants cannot review; an unknown complaint id is NOT_FOUND for the admin", async () => {
    const w = await complaintWorld(handle.db);
    const filed = await fileUnpaid(handle.db, w);
    await expectTrpcError(
      as(handle.db, w.merchant).complaint.admin.review({
        idempotencyKey: submissionKey(),
        complaintId: filed.id,
        decision: "uphold",
        reason: "商家自行判定成立",
      }),
      "FORBIDDEN",
    );
    await expectTrpcError(review(handle.db, w, "00000000-0000-4000-8000-000000000000", "uphold"), "NOT_FOUND");
  });

  it("MAL-2 tenant: the queue, admin page and marks are platform-only; an unknown buyer's marks are NOT_FOUND", async () => {
    const w = await complaintWorld(handle.db);
    const filed = await fileUnpaid(handle.db, w);
    await expectTrpcError(as(handle.db, w.merchant).complaint.admin.queue({}), "FORBIDDEN");
    await expectTrpcError(as(handle.db, w.merchant).complaint.admin.get({ complaintId: filed.id }), "FORBIDDEN");
    await expectTrpcError(
      as(handle.db, w.merchant).complaint.admin.marks({ consumerId: w.buyer.consumer.id }),
      "FORBIDDEN",
    );
    await expectTrpcError(as(handle.db, w.buyer).complaint.merchant.get({ complaintId: filed.id }), "FORBIDDEN");
    await expectTrpcError(
      as(handle.db, w.admin).complaint.admin.marks({ consumerId: "00000000-0000-4000-8000-000000000000" }),
      "NOT_FOUND",
    );
    const page = await as(handle.db, w.admin).complaint.admin.get({ complaintId: filed.id });
    expect(page.can).toEqual({ supplement: false, review: true, requestMaterial: true, clearMark: false });
  });
});
