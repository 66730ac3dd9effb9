import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { evidenceItems, violations } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { type AdminActor, callerFor, createAdmin, openTestDb, submissionKey } from "@/server/test/harness";
import { expectTrpcError, insertUrgeWorkOrder, urgeWorld } from "@/server/test/fixtures/work-orders";
import {
  actionsOf,
  applied,
  evidenceOf,
  H,
  IV_NOW,
  refundsOf,
  upload,
  world,
  workOrderRow,
  type World,
} from "@/server/test/fixtures/intervention";

let handle: DbHandle;
let adjudicator: AdminActor;
let senior: AdminActor;
beforeAll(async () => {
  handle = await openTestDb();
  adjudicator = await createAdmin(handle.db, "adjudicator");
  senior = await createAdmin(handle.db, "senior_reviewer");
});
afterAll(async () => {
  await handle.close();
});

const LATER = new Date(IV_NOW.getTime() + 2 * H);
const adminCaller = (a: AdminActor = adjudicator) => callerFor(handle.db, a, { now: fixedClock(LATER) });

/** A not-received work order in judging with both slots filled (one file each). */
async function judgingNotReceived(amountFen = 10_000): Promise<{ w: World; id: string; receiptItem: string }> {
  const w = await world(handle.db, { amountFen });
  const id = await applied(handle.db, w, "not_received");
  const evidence = {
    shipping_receipt: [await upload(handle.db, w.merchant.userId)],
    signed_red_stamp: [await upload(handle.db, w.merchant.userId, "pdf")],
  };
  await callerFor(handle.db, w.merchant, { now: fixedClock(IV_NOW) }).intervention.merchant.submitEvidence({
    workOrderId: id,
    evidence,
  });
  const items = await evidenceOf(handle.db, id);
  const receiptItem = items.find((i) => i.slot === "shipping_receipt")?.id ?? "";
  return { w, id, receiptItem };
}

describe("admin actions on intervention work orders", () => {
  it("WO-3: an admin marks an evidence item invalid with a reason; marking it twice is a CONFLICT", async () => {
    const { id, receiptItem } = await judgingNotReceived();
    const res = await adminCaller().intervention.admin.markEvidenceInvalid({
      workOrderId: id,
      evidenceItemId: receiptItem,
      reason: "底单模糊无法辨认运单号",
    });
    expect(res.slot).toBe("shipping_receipt");
    const [item] = await handle.db.select().from(evidenceItems).where(eq(evidenceItems.id, receiptItem));
    expect(item).toMatchObject({ invalidReason: "底单模糊无法辨认运单号", invalidatedBy: adjudicator.userId });
    await expectTrpcError(
      adminCaller().intervention.admin.markEvidenceInvalid({
        workOrderId: id,
        evidenceItemId: receiptItem,
        reason: "再次标记",
      }),
      "CONFLICT",
    );
    expect(await actionsOf(handle.db, id)).toContain("work_order.evidence_invalidated");
  });

  it("WO-PDD-1: invalid evidence at judgment time counts as missing — the merchant is liable and the consumer gets the full refund", async () => {
    const { id, receiptItem } = await judgingNotReceived(18_800);
    await adminCaller().intervention.admin.markEvidenceInvalid({
      workOrderId: id,
      evidenceItemId: receiptItem,
      reason: "签收单为伪造模板",
    });
    await expectTrpcError(
      adminCaller().intervention.admin.decide({
        idempotencyKey: submissionKey(),
        workOrderId: id,
        liableParty: "consumer",
        reason: "消费者已签收商品",
        rules: ["WO-PDD-1"],
      }),
      "BAD_REQUEST",
    );
    const res = await adminCaller().intervention.admin.decide({
      idempotencyKey: submissionKey(),
      workOrderId: id,
      liableParty: "merchant",
      refundFen: 100,
      reason: "商家凭证无效,视为未举证",
      rules: ["WO-PDD-1", "WO-3"],
    });
    expect(res).toMatchObject({ status: "resolved", refundFen: 18_800 });
    expect((await refundsOf(handle.db, id)).map((r) => [r.kind, r.amountFen])).toEqual([["dispute_refund", 18_800]]);
  });

  it("WO-TM-5: a judgment records the liable party and pays refund and compensation exactly once; deciding again is a CONFLICT", async () => {
    const { id } = await judgingNotReceived(10_000);
    const res = await adminCaller().intervention.admin.decide({
      idempotencyKey: submissionKey(),
      workOrderId: id,
      liableParty: "merchant",
      refundFen: 6_000,
      compensationFen: 1_000,
      reason: "红章证明字段为打印,不符合要求",
      rules: ["WO-PDD-3", "WO-PDD-1"],
    });
    expect(res.status).toBe("resolved");
    await expectTrpcError(
      adminCaller().intervention.admin.decide({
        idempotencyKey: submissionKey(),
        workOrderId: id,
        liableParty: "merchant",
        refundFen: 6_000,
        reason: "重复判责测试",
        rules: ["WO-PDD-1"],
      }),
      "CONFLICT",
    );
    expect((await refundsOf(handle.db, id)).map((r) => [r.kind, r.amountFen]).sort()).toEqual([
      ["compensation", 1_000],
      ["dispute_refund", 6_000],
    ]);
    expect((await actionsOf(handle.db, id)).filter((a) => a === "work_order.decided")).toHaveLength(1);
  });

  it("WO-TM-4: a work order in second-level review is decided by senior reviewers only", async () => {
    const w = await world(handle.db, { style: "tmall" });
    const id = await applied(handle.db, w, "collaborative");
    const contacts = [0.5, 1].map((h) => ({ at: new Date(IV_NOW.getTime() + h * H), channel: "phone" as const }));
    await callerFor(handle.db, w.merchant, { now: fixedClock(LATER) }).intervention.merchant.replyCollaborative({
      workOrderId: id,
      answer: "unresolved",
      note: "多次电话联系未接通",
      contacts,
      vouchers: [await upload(handle.db, w.merchant.userId)],
    });
    await expectTrpcError(
      adminCaller(adjudicator).intervention.admin.decide({
        idempotencyKey: submissionKey(),
        workOrderId: id,
        liableParty: "none",
        reason: "消费者失联,不予处理",
        rules: ["WO-TM-4"],
      }),
      "FORBIDDEN",
    );
    expect((await workOrderRow(handle.db, id)).status).toBe("reviewing");
    const res = await adminCaller(senior).intervention.admin.decide({
      idempotencyKey: submissionKey(),
      workOrderId: id,
      liableParty: "none",
      reason: "消费者失联,不予处理",
      rules: ["WO-TM-4"],
    });
    expect(res.status).toBe("resolved");
  });

  it("stale: an open work order cannot be decided yet (CONFLICT, unchanged)", async () => {
    const w = await world(handle.db);
    const id = await applied(handle.db, w, "missing_items");
    await expectTrpcError(
      adminCaller().intervention.admin.decide({
        idempotencyKey: submissionKey(),
        workOrderId: id,
        liableParty: "merchant",
        refundFen: 100,
        reason: "提前判责测试",
        rules: ["WO-PDD-2"],
      }),
      "CONFLICT",
    );
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
    expect(await refundsOf(handle.db, id)).toHaveLength(0);
  });

  it("WO-TM-7: forged evidence raises a WO-TM-7 violation of 12 points (ordinary) or 48 (serious), once per evidence item", async () => {
    const { w, id } = await judgingNotReceived();
    const [first, second] = await evidenceOf(handle.db, id);
    if (!first || !second) throw new Error("expected two evidence items");
    const ordinary = await adminCaller().intervention.admin.recordForgedEvidence({
      workOrderId: id,
      evidenceItemId: first.id,
      severity: "ordinary",
      reason: "底单系 PS 修改",
    });
    const serious = await adminCaller().intervention.admin.recordForgedEvidence({
      workOrderId: id,
      evidenceItemId: second.id,
      severity: "serious",
      reason: "红章系伪造印章",
    });
    expect([ordinary.points, serious.points]).toEqual([12, 48]);
    await expectTrpcError(
      adminCaller().intervention.admin.recordForgedEvidence({
        workOrderId: id,
        evidenceItemId: first.id,
        severity: "serious",
        reason: "再次记录同一凭证",
      }),
      "CONFLICT",
    );
    const tickets = await handle.db.select().from(violations).where(eq(violations.shopId, w.shop.id));
    expect(tickets.map((t) => [t.rule, t.points, t.status]).sort()).toEqual([
      ["WO-TM-7", 12, "pending"],
      ["WO-TM-7", 48, "pending"],
    ]);
  });

  it("WO-TM-7: a forged-evidence ticket's source is the evidence item (not a work order), and it links to the item's work order", async () => {
    const { w, id, receiptItem } = await judgingNotReceived();
    const { violationId } = await adminCaller().intervention.admin.recordForgedEvidence({
      workOrderId: id,
      evidenceItemId: receiptItem,
      severity: "ordinary",
      reason: "底单系 PS 修改",
    });
    const [ticket] = await handle.db.select().from(violations).where(eq(violations.id, violationId));
    // The reason is a code plus the admin's own words, not prose in one language.
    expect(ticket).toMatchObject({
      sourceType: "evidence_item",
      sourceId: receiptItem,
      reason: "底单系 PS 修改",
      reasonMessage: { code: "forgedEvidence" },
    });
    const seen = await callerFor(handle.db, w.merchant, { now: fixedClock(LATER) }).violation.merchant.get({
      violationId,
    });
    expect(seen.source).toEqual({
      type: "evidence_item",
      workOrderId: id,
      workOrderType: "not_received",
      disputeId: null,
      disputeScenario: null,
      orderNo: w.order.orderNo,
      evidenceItemId: receiptItem,
      serviceOrderId: null,
      serviceNo: null,
    });
    // The ticket filter by source type finds it under its own type.
    const listed = await adminCaller().violation.admin.list({ shopId: w.shop.id, sourceType: "evidence_item" });
    expect(listed.items.map((t) => t.id)).toEqual([violationId]);
  });

  it("SHOP-3: ids of other records are NOT_FOUND — an evidence item of another work order, an urge-invoice work order, a malformed id", async () => {
    const a = await judgingNotReceived();
    const b = await judgingNotReceived();
    const caller = adminCaller();
    await expectTrpcError(
      caller.intervention.admin.markEvidenceInvalid({
        workOrderId: a.id,
        evidenceItemId: b.receiptItem,
        reason: "错配的凭证",
      }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      caller.intervention.admin.recordForgedEvidence({
        workOrderId: a.id,
        evidenceItemId: b.receiptItem,
        severity: "ordinary",
        reason: "错配的凭证",
      }),
      "NOT_FOUND",
    );
    const urge = await urgeWorld(handle.db);
    const urgeRow = await insertUrgeWorkOrder(handle.db, urge);
    await expectTrpcError(
      caller.intervention.admin.decide({
        idempotencyKey: submissionKey(),
        workOrderId: urgeRow.id,
        liableParty: "merchant",
        reason: "不属于介入工单",
        rules: ["DSP-5"],
      }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      caller.intervention.admin.decide({
        idempotencyKey: submissionKey(),
        workOrderId: "x",
        liableParty: "merchant",
        reason: "格式错误的编号",
        rules: ["DSP-5"],
      }),
      "NOT_FOUND",
    );
    const [item] = await handle.db.select().from(evidenceItems).where(eq(evidenceItems.id, b.receiptItem));
    expect(item?.invalidReason).toBeNull();
  });

  it("SHOP-3: merchants and consumers cannot call admin procedures", async () => {
    const { w, id } = await judgingNotReceived();
    await expectTrpcError(
      callerFor(handle.db, w.merchant).intervention.admin.decide({
        idempotencyKey: submissionKey(),
        workOrderId: id,
        liableParty: "none",
        reason: "商家自行判责",
        rules: ["DSP-5"],
      }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      callerFor(handle.db, w.consumer).intervention.admin.decide({
        idempotencyKey: submissionKey(),
        workOrderId: id,
        liableParty: "none",
        reason: "消费者自行判责",
        rules: ["DSP-5"],
      }),
      "FORBIDDEN",
    );
  });
});
