import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { refunds, violations } from "@/db/schema";
import { callerFor, createAdmin, createOrder, openTestDb, TEST_NOW, submissionKey } from "@/server/test/harness";
import {
  auditActions,
  createInvoiceRequest,
  createUrgeWorkOrder,
  disputeRow,
  disputeWorld,
  openRefused,
  type DisputeWorld,
} from "@/server/test/fixtures/disputes";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** An urged dispute: straight into platform judgment (DSP-INV-2). */
async function judging(
  w: DisputeWorld,
  outcome: Parameters<typeof createUrgeWorkOrder>[2] = { status: "expired" },
  order = w.order,
) {
  const request = await createInvoiceRequest(handle.db, { ...w, order }, { status: "requested" });
  await createUrgeWorkOrder(handle.db, request, outcome);
  const { id } = await w.asConsumer.dispute.consumer.open({
    invoiceId: request.id,
    scenario: "invoice_urged",
    claim: "催开票无人处理",
  });
  return id;
}

const disputeRefunds = (disputeId: string) =>
  handle.db
    .select()
    .from(refunds)
    .where(and(eq(refunds.sourceType, "dispute"), eq(refunds.sourceId, disputeId)));
const disputeViolations = (disputeId: string) =>
  handle.db
    .select()
    .from(violations)
    .where(and(eq(violations.sourceType, "dispute"), eq(violations.sourceId, disputeId)));

describe("platform judgment", () => {
  it("DSP-5: the judgment records liable party, remedy and reasons, refunds once and raises one violation against a liable merchant", async () => {
    const { db } = handle;
    const w = await disputeWorld(db, { amountFen: 20_000 });
    const disputeId = await judging(w);
    const result = await w.asAdmin.dispute.admin.judge({
      idempotencyKey: submissionKey(),
      disputeId,
      liableParty: "merchant",
      remedy: "refund",
      amountFen: 5_000,
      reason: "工单超时未回复,商家责任",
      rules: ["DSP-INV-2", "DSP-5"],
      internalNote: "该店铺近期多次超时",
    });
    expect(result).toMatchObject({ status: "judged", liableParty: "merchant", remedy: "refund", amountFen: 5_000 });
    expect(await disputeRow(db, disputeId)).toMatchObject({
      status: "judged",
      liableParty: "merchant",
      remedy: "refund",
      remedyAmountFen: 5_000,
      judgmentReason: "工单超时未回复,商家责任",
      judgedBy: w.admin.userId,
      judgedAt: TEST_NOW,
      closedAt: TEST_NOW,
    });
    expect(await disputeRefunds(disputeId)).toMatchObject([
      { kind: "dispute_refund", amountFen: 5_000, orderId: w.order.id, cause: "judgment", reasonMessage: null },
    ]);
    expect(await disputeViolations(disputeId)).toMatchObject([
      { rule: "DSP-5", points: 2, status: "pending", shopId: w.shop.id },
    ]);
    expect((await auditActions(db, disputeId)).map((a) => a.action)).toEqual([
      "dispute.opened",
      "dispute.judged",
      "dispute.internal_note",
      "dispute.refund_made",
    ]);

    // SHOP-4: the internal note shows to admins only.
    const forConsumer = await w.asConsumer.dispute.consumer.get({ disputeId });
    expect(forConsumer.timeline.map((e) => e.action)).not.toContain("dispute.internal_note");
    expect(forConsumer.judgment).toMatchObject({
      liableParty: "merchant",
      remedy: "refund",
      amountFen: 5_000,
      judgedByName: w.admin.name,
    });
    expect(forConsumer.refunds).toMatchObject([{ kind: "dispute_refund", amountFen: 5_000 }]);
    expect((await w.asAdmin.dispute.admin.get({ disputeId })).timeline.map((e) => e.action)).toContain(
      "dispute.internal_note",
    );
  });

  it("DSP-5: judging twice — the second is a CONFLICT naming the first judge, and the refund is made once", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const disputeId = await judging(w);
    const other = await createAdmin(db);
    await w.asAdmin.dispute.admin.judge({
      idempotencyKey: submissionKey(),
      disputeId,
      liableParty: "merchant",
      remedy: "refund",
      amountFen: 1_000,
      reason: "商家未按时开票",
      rules: ["DSP-INV-2", "DSP-5"],
    });
    const before = await disputeRow(db, disputeId);
    await expect(
      callerFor(db, other).dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "merchant",
        remedy: "compensation",
        amountFen: 2_000,
        reason: "商家超时未开票",
        rules: ["DSP-INV-2", "DSP-5"],
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(w.admin.name),
    });
    expect(await disputeRow(db, disputeId)).toEqual(before);
    expect(await disputeRefunds(disputeId)).toHaveLength(1);
  });

  it("DSP-5: two adjudicators judging at the same moment — one wins, the other learns who judged; one refund, one violation", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const disputeId = await judging(w);
    const admins = [w.admin, await createAdmin(db)];
    const results = await Promise.allSettled(
      admins.map((a) =>
        callerFor(db, a).dispute.admin.judge({
          idempotencyKey: submissionKey(),
          disputeId,
          liableParty: "merchant",
          remedy: "compensation",
          amountFen: 800,
          reason: "商家未按时开票",
          rules: ["DSP-INV-2", "DSP-5"],
        }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    const winner = await disputeRow(db, disputeId);
    const winnerName = admins.find((a) => a.userId === winner.judgedBy)?.name ?? "?";
    expect(lost).toMatchObject([{ code: "CONFLICT", message: expect.stringContaining(winnerName) }]);
    expect(await disputeRefunds(disputeId)).toMatchObject([{ kind: "compensation", amountFen: 800 }]);
    expect(await disputeViolations(disputeId)).toHaveLength(1);
  });

  it("DSP-5: a refund above the order amount is refused and nothing changes; compensation may be on top", async () => {
    const { db } = handle;
    const w = await disputeWorld(db, { amountFen: 9_900 });
    const disputeId = await judging(w);
    const before = await disputeRow(db, disputeId);
    await expect(
      w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "merchant",
        remedy: "refund",
        amountFen: 9_901,
        reason: "全额退款加一分",
        rules: ["DSP-INV-2", "DSP-5"],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("¥99.00"),
    });
    expect(await disputeRow(db, disputeId)).toEqual(before);
    expect(await disputeRefunds(disputeId)).toEqual([]);
    await w.asAdmin.dispute.admin.judge({
      idempotencyKey: submissionKey(),
      disputeId,
      liableParty: "merchant",
      remedy: "refund",
      amountFen: 9_900,
      reason: "全额退款给消费者",
      rules: ["DSP-INV-2", "DSP-5"],
    });
    expect(await disputeRefunds(disputeId)).toMatchObject([{ amountFen: 9_900 }]);
  });

  it("DSP-5: remedy inputs — an amount is required for refund/compensation; no remedy when the consumer is liable; none raises no violation (the consumer held liable where the urge reply's evidence decides, DSP-INV-2)", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const disputeId = await judging(w);
    await expect(
      w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "merchant",
        remedy: "refund",
        reason: "商家未按时开票",
        rules: ["DSP-INV-2", "DSP-5"],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "consumer",
        remedy: "refund",
        amountFen: 100,
        reason: "消费者信息有误",
        rules: ["DSP-INV-2", "DSP-5"],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "merchant",
        remedy: "none",
        reason: "短",
        rules: ["DSP-INV-2", "DSP-5"],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await disputeRow(db, disputeId)).status).toBe("platform_judging");
    const order = await createOrder(db, { shopId: w.shop.id, consumerId: w.consumer.consumer.id, status: "completed" });
    const answered = await judging(
      w,
      { status: "resolved", reply: { resolution: "agreed_no_invoice", note: "顾客同意无需开票" } },
      order,
    );
    await w.asAdmin.dispute.admin.judge({
      idempotencyKey: submissionKey(),
      disputeId: answered,
      liableParty: "consumer",
      remedy: "none",
      reason: "消费者提供的开票信息有误",
      rules: ["DSP-INV-2", "DSP-5"],
    });
    expect(await disputeRefunds(answered)).toEqual([]);
    expect(await disputeViolations(answered)).toEqual([]);
  });

  it("DSP-5: only disputes in platform judgment can be judged (stale state CONFLICT)", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    await expect(
      w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "merchant",
        remedy: "none",
        reason: "商家未按时开票",
        rules: ["DSP-5"],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await disputeRow(db, disputeId)).status).toBe("awaiting_merchant");
    await expect(
      w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId: crypto.randomUUID(),
        liableParty: "merchant",
        remedy: "none",
        reason: "商家未按时开票",
        rules: ["DSP-5"],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("SHOP-3: only admins judge", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const disputeId = await judging(w);
    const asMerchant = w.asMerchant as unknown as { dispute: { admin: { judge: (i: unknown) => Promise<unknown> } } };
    await expect(
      asMerchant.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "consumer",
        remedy: "none",
        reason: "我说是顾客的错",
        rules: ["DSP-INV-2", "DSP-5"],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
