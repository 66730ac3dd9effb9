import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { disputes, evidenceItems, invoiceRequests } from "@/db/schema";
import { HOUR_MS } from "@/server/domain/time";
import { callerFor, createMerchant, createShop, openTestDb, TEST_NOW, submissionKey } from "@/server/test/harness";
import { auditActions, disputeRow, disputeWorld, openRefused, uploadFile } from "@/server/test/fixtures/disputes";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function evidenceOf(disputeId: string) {
  return handle.db
    .select()
    .from(evidenceItems)
    .where(and(eq(evidenceItems.recordType, "dispute"), eq(evidenceItems.recordId, disputeId)));
}

describe("choosing a dispute plan", () => {
  it("DSP-1: settlement and evidence at once are rejected by the input schema; the dispute is unchanged", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const before = await disputeRow(db, disputeId);
    const both = {
      disputeId,
      kind: "settlement",
      plan: "agreed_no_invoice",
      evidence: { chat_records: [] },
    } as unknown as Parameters<typeof w.asMerchant.dispute.merchant.choosePlan>[0];
    await expect(w.asMerchant.dispute.merchant.choosePlan(both)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const mixed = {
      disputeId,
      kind: "no_fault",
      reason: "not_invoiceable",
      statement: "商品不可开票",
      evidence: {},
      plan: "agreed_no_invoice",
    } as unknown as Parameters<typeof w.asMerchant.dispute.merchant.choosePlan>[0];
    await expect(w.asMerchant.dispute.merchant.choosePlan(mixed)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await disputeRow(db, disputeId)).toEqual(before);
  });

  it("DSP-1: an unknown plan or reason is BAD_REQUEST naming it, and the dispute is unchanged", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const before = await disputeRow(db, disputeId);
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "free_money",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("free_money"),
    });
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "no_fault",
        reason: "bad_weather",
        statement: "天气原因无法开票",
        evidence: {},
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("bad_weather"),
    });
    expect(await disputeRow(db, disputeId)).toEqual(before);
  });

  it("DSP-INV-1: the refused scenario offers exactly four settlement plans plus the no-fault plan", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const detail = await w.asMerchant.dispute.merchant.get({ disputeId });
    expect(detail.policy.settlementPlans.map((p) => p.key)).toEqual([
      "invoice_issued",
      "agreed_no_invoice",
      "cannot_issue",
      "agreed_other_date",
    ]);
    expect(detail.policy.noFault?.label["zh-CN"]).toBe("无法自主处理,需平台介入判责");
    expect(detail.deadline).toMatchObject({ party: "merchant", dueAt: new Date(TEST_NOW.getTime() + 24 * HOUR_MS) });
  });

  it("DSP-2: a settlement plan moves the dispute to awaiting consumer confirmation for 72h", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    w.clock.advance(3 * HOUR_MS);
    const result = await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "agreed_no_invoice",
      note: "电话沟通,顾客同意无需开票",
    });
    expect(result.status).toBe("awaiting_consumer");
    const row = await disputeRow(db, disputeId);
    expect(row).toMatchObject({ planKind: "settlement", planKey: "agreed_no_invoice", answeredBy: w.merchant.userId });
    expect(row.dueAt?.getTime()).toBe(TEST_NOW.getTime() + 3 * HOUR_MS + 72 * HOUR_MS);
    expect((await auditActions(db, disputeId)).map((a) => a.action)).toEqual([
      "dispute.opened",
      "dispute.settlement_chosen",
    ]);
  });

  it("DSP-INV-1: 另行约定开票日期 needs a date strictly after today; 无法开票 needs a note", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const choose = (date?: string) =>
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "agreed_other_date",
        date,
      });
    await expect(choose()).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("约定的开票日期"),
    });
    await expect(choose("2026-03-15")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("必须晚于今天"),
    });
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "cannot_issue",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("说明") });
    expect((await disputeRow(db, disputeId)).status).toBe("awaiting_merchant");
    await expect(choose("2026-03-16")).resolves.toMatchObject({ status: "awaiting_consumer" });
    expect((await disputeRow(db, disputeId)).planPayload).toMatchObject({ date: "2026-03-16" });
  });

  it("DSP-INV-1: 已开发票 issues the invoice (a fresh request replacing the refused one) in the same step", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { request, disputeId } = await openRefused(db, w);
    const pdf = await uploadFile(db, w.merchant.userId, "pdf", w.shop.id);
    const foreign = await uploadFile(db, w.consumer.userId, "pdf");
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "invoice_issued",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "invoice_issued",
        invoiceNo: "044001900111",
        fileId: foreign.id,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.select().from(invoiceRequests).where(eq(invoiceRequests.orderId, w.order.id))).toHaveLength(1);

    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "invoice_issued",
      invoiceNo: "044001900111",
      fileId: pdf.id,
    });
    const requests = await db.select().from(invoiceRequests).where(eq(invoiceRequests.orderId, w.order.id));
    const issued = requests.find((r) => r.status === "issued");
    expect(issued).toMatchObject({ invoiceNo: "044001900111", invoiceFileId: pdf.id, title: request.title });
    expect(requests.find((r) => r.id === request.id)?.status).toBe("refused");
    expect(await disputeRow(db, disputeId)).toMatchObject({
      status: "awaiting_consumer",
      planPayload: { invoiceNo: "044001900111", invoiceRequestId: issued?.id },
    });
  });

  it("DSP-3: no-fault evidence missing a required slot is refused naming the slot, and nothing is stored", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const shot = await uploadFile(db, w.merchant.userId, "png", w.shop.id);
    const before = await disputeRow(db, disputeId);
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "no_fault",
        reason: "consumer_info_wrong",
        statement: "顾客提供的税号有误",
        evidence: { chat_records: [shot.id] },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("消费者提交的开票信息截图") });
    expect(await disputeRow(db, disputeId)).toEqual(before);
    expect(await evidenceOf(disputeId)).toEqual([]);
  });

  it("DSP-3 / WO-3: a file of the wrong kind for its slot, or someone else's file, is refused naming the slot", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const pdf = await uploadFile(db, w.merchant.userId, "pdf", w.shop.id);
    const png = await uploadFile(db, w.merchant.userId, "png", w.shop.id);
    const theirs = await uploadFile(db, w.consumer.userId, "png");
    const answer = (chat: string[], info: string[]) =>
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "no_fault",
        reason: "consumer_info_wrong",
        statement: "顾客提供的税号有误",
        evidence: { chat_records: chat, invoice_info: info },
      });
    await expect(answer([pdf.id], [png.id])).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("与消费者的沟通记录截图」只接受"),
    });
    await expect(answer([theirs.id], [png.id])).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("不是您上传的"),
    });
    expect(await evidenceOf(disputeId)).toEqual([]);
    expect((await disputeRow(db, disputeId)).status).toBe("awaiting_merchant");
  });

  it("DSP-3: valid no-fault evidence sends the dispute to platform judgment and stores the evidence by slot", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const chat1 = await uploadFile(db, w.merchant.userId, "png", w.shop.id);
    const chat2 = await uploadFile(db, w.merchant.userId, "jpeg", w.shop.id);
    const info = await uploadFile(db, w.merchant.userId, "pdf", w.shop.id);
    w.clock.advance(HOUR_MS);
    const result = await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "no_fault",
      reason: "consumer_info_wrong",
      statement: "顾客提供的税号有误,已多次沟通",
      evidence: { chat_records: [chat1.id, chat2.id], invoice_info: [info.id] },
    });
    expect(result).toMatchObject({ status: "platform_judging", dueAt: null });
    const row = await disputeRow(db, disputeId);
    expect(row).toMatchObject({
      planKind: "no_fault",
      evidenceReason: "consumer_info_wrong",
      judgingSince: new Date(TEST_NOW.getTime() + HOUR_MS),
    });
    const items = await evidenceOf(disputeId);
    expect(items.map((i) => [i.slot, i.fileId, i.position, i.submitted]).sort()).toEqual(
      [
        ["chat_records", chat1.id, 0, true],
        ["chat_records", chat2.id, 1, true],
        ["invoice_info", info.id, 0, true],
      ].sort(),
    );
    const detail = await w.asMerchant.dispute.merchant.get({ disputeId });
    expect(detail.evidence.map((g) => [g.slot, g.items.length])).toEqual([
      ["chat_records", 2],
      ["invoice_info", 1],
    ]);
    expect(detail.chosenPlan).toMatchObject({
      kind: "no_fault",
      reason: { key: "consumer_info_wrong" },
      statement: "顾客提供的税号有误,已多次沟通",
    });
  });

  it("DSP-4: a plan at 24h − 1 ms is accepted; at the deadline exactly and after it is refused", async () => {
    const { db } = handle;
    const inTime = await disputeWorld(db);
    const { disputeId: answered } = await openRefused(db, inTime);
    inTime.clock.set(new Date("2026-03-16T03:59:59.999Z")); // TEST_NOW + 24h − 1 ms
    await expect(
      inTime.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId: answered,
        kind: "settlement",
        plan: "agreed_no_invoice",
      }),
    ).resolves.toMatchObject({
      status: "awaiting_consumer",
    });
    expect(await disputeRow(db, answered)).toMatchObject({ planKey: "agreed_no_invoice", evidenceGivenUp: false });

    const late = await disputeWorld(db);
    const { disputeId } = await openRefused(db, late);
    for (const now of ["2026-03-16T04:00:00.000Z", "2026-03-16T04:00:00.001Z"]) {
      late.clock.set(new Date(now));
      await expect(
        late.asMerchant.dispute.merchant.choosePlan({
          idempotencyKey: submissionKey(),
          disputeId,
          kind: "settlement",
          plan: "agreed_no_invoice",
        }),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("已超过处理时限"),
      });
    }
    expect(await disputeRow(db, disputeId)).toMatchObject({ status: "awaiting_merchant", planKey: null });
  });

  it("ROL-1: the plan is checked against the policy version stored on the dispute, not the newest one", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    // Pretend this dispute was opened under rules without settlement plans.
    await db
      .update(disputes)
      .set({ policyId: "jd.dispute.invoice_urged", policyVersion: 1 })
      .where(eq(disputes.id, disputeId));
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "agreed_no_invoice",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await db
      .update(disputes)
      .set({ policyId: "jd.dispute.invoice_refused", policyVersion: 7 })
      .where(eq(disputes.id, disputeId));
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "agreed_no_invoice",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("v7"),
    });
  });

  it("SHOP-1: an FBP invoice dispute is NOT_FOUND for the merchant and answered by an admin", async () => {
    const { db } = handle;
    const w = await disputeWorld(db, { businessMode: "FBP" });
    const { disputeId } = await openRefused(db, w);
    await expect(w.asMerchant.dispute.merchant.get({ disputeId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "agreed_no_invoice",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await w.asMerchant.dispute.merchant.list({})).items.map((d) => d.id)).not.toContain(disputeId);
    expect((await w.asAdmin.dispute.admin.list({ limit: 100 })).items.map((d) => d.id)).toContain(disputeId);
    await expect(
      w.asAdmin.dispute.admin.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "agreed_no_invoice",
      }),
    ).resolves.toMatchObject({ status: "awaiting_consumer" });
    expect((await disputeRow(db, disputeId)).answeredBy).toBe(w.admin.userId);
  });

  it("SHOP-1: an admin cannot answer a merchant-responsible dispute for the merchant", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    await expect(
      w.asAdmin.dispute.admin.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "agreed_no_invoice",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("SHOP-3: another shop's merchant gets NOT_FOUND for get and choosePlan", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const other = callerFor(db, await createMerchant(db, (await createShop(db)).id));
    await expect(other.dispute.merchant.get({ disputeId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      other.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "agreed_no_invoice",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.dispute.merchant.get({ disputeId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await disputeRow(db, disputeId)).status).toBe("awaiting_merchant");
  });

  it("DSP-1: exactly one plan — answering again after a plan was chosen is a CONFLICT and changes nothing", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "agreed_no_invoice",
    });
    const before = await disputeRow(db, disputeId);
    const colleague = callerFor(db, await createMerchant(db, w.shop.id, "agent"), { now: w.clock });
    await expect(
      colleague.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "cannot_issue",
        note: "无法开票",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await disputeRow(db, disputeId)).toEqual(before);
  });
});
