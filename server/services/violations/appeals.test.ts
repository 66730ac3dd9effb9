import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { evidenceItems, violations } from "@/db/schema";
import {
  callerFor,
  createAdmin,
  createMerchant,
  createOrder,
  openTestDb,
  submissionKey,
  TEST_NOW,
} from "@/server/test/harness";
import { fixedClock } from "@/server/clock";
import { createInvoiceRequest, createUrgeWorkOrder, disputeWorld } from "@/server/test/fixtures/disputes";
import { upload } from "@/server/test/fixtures/intervention";
import { expectTrpcError, insertUrgeWorkOrder, urgeWorld } from "@/server/test/fixtures/work-orders";
import {
  appealOf,
  at,
  callerAt,
  evidenceFiles,
  H,
  raiseTicket,
  shopNotifications,
  STATEMENT,
  sweepAt,
  ticket,
  ticketActions,
  VIO_NOW,
  vioWorld,
  WEEK,
  type VioWorld,
} from "@/server/test/fixtures/violations";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** A ticket raised by `w.judge` by hand, appealed by the shop an hour later. */
async function appealed(
  w: VioWorld,
  points = 12,
  appealAt = at(H),
): Promise<{ violationId: string; appealId: string }> {
  const { db } = handle;
  const raised = await callerAt(db, w.judge).violation.admin.raise({
    shopId: w.shop.id,
    rule: "WO-TM-7",
    points,
    reason: "提交的签收底单经核实为伪造",
    requestId: crypto.randomUUID(),
  });
  const files = await evidenceFiles(db, w.merchant, 2);
  const { appealId } = await callerAt(db, w.merchant, appealAt).violation.merchant.appeal({
    idempotencyKey: submissionKey(),
    violationId: raised.id,
    statement: STATEMENT,
    evidence: files,
  });
  return { violationId: raised.id, appealId };
}

describe("appealing (VIO-3)", () => {
  it("VIO-3: an appeal carries a statement and evidence — without either it is refused; files the shop did not upload are refused; nothing is stored", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const id = await raiseTicket(db, w);
    const merchant = callerAt(db, w.merchant, at(H));
    const files = await evidenceFiles(db, w.merchant);
    await expectTrpcError(
      merchant.violation.merchant.appeal({
        idempotencyKey: submissionKey(),
        violationId: id,
        statement: "不服",
        evidence: files,
      }),
      "BAD_REQUEST",
    );
    const noEvidence = await expectTrpcError(
      merchant.violation.merchant.appeal({
        idempotencyKey: submissionKey(),
        violationId: id,
        statement: STATEMENT,
        evidence: [],
      }),
      "BAD_REQUEST",
    );
    expect(noEvidence.message).toContain("申诉凭证");
    const stranger = await upload(db, crypto.randomUUID(), "jpeg");
    await expectTrpcError(
      merchant.violation.merchant.appeal({
        idempotencyKey: submissionKey(),
        violationId: id,
        statement: STATEMENT,
        evidence: [stranger],
      }),
      "BAD_REQUEST",
    );
    const tooMany = await evidenceFiles(db, w.merchant, 10);
    await expectTrpcError(
      merchant.violation.merchant.appeal({
        idempotencyKey: submissionKey(),
        violationId: id,
        statement: STATEMENT,
        evidence: tooMany,
      }),
      "BAD_REQUEST",
    );
    expect((await ticket(db, id)).status).toBe("pending");
    expect(await appealOf(db, id)).toBeNull();

    // A colleague's upload in the same shop counts as the shop's (SHOP-3).
    const colleague = await createMerchant(db, w.shop.id, "agent");
    files.push(...(await evidenceFiles(db, colleague)));
    const { appealId } = await merchant.violation.merchant.appeal({
      idempotencyKey: submissionKey(),
      violationId: id,
      statement: STATEMENT,
      evidence: files,
    });
    expect(await appealOf(db, id)).toMatchObject({
      id: appealId,
      status: "pending",
      statement: STATEMENT,
      submittedBy: w.merchant.userId,
      submittedAt: at(H),
    });
    const items = await db
      .select()
      .from(evidenceItems)
      .where(and(eq(evidenceItems.recordType, "violation"), eq(evidenceItems.recordId, id)))
      .orderBy(evidenceItems.position);
    expect(items.map((i) => [i.shopId, i.slot, i.fileId, i.position, i.submitted])).toEqual(
      files.map((f, i) => [w.shop.id, "appeal_evidence", f, i, true]),
    );
    const detail = await merchant.violation.merchant.get({ violationId: id });
    expect(detail).toMatchObject({
      status: "appealed",
      appeal: { statement: STATEMENT, status: "pending", evidence: files.map((fileId) => ({ fileId })) },
    });
    expect(detail.timeline.map((e) => e.action)).toEqual(["violation.raised", "violation.appealed"]);
  });

  it("VIO-3: appeals are decided by senior reviewers only — an adjudicator is refused", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const { appealId, violationId } = await appealed(w);
    const adjudicator = await createAdmin(db, "adjudicator");
    const refused = await expectTrpcError(
      callerAt(db, adjudicator, at(2 * H)).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "overturn",
        reason: "证据不足以认定伪造",
      }),
      "FORBIDDEN",
    );
    expect(refused.message).toContain("高级审核员");
    expect((await ticket(db, violationId)).status).toBe("appealed");
    const view = await callerAt(db, adjudicator).violation.admin.get({ violationId });
    expect(view.decision).toMatchObject({ block: "not_senior" });
  });

  it("VIO-3: the senior reviewer who raised the ticket by hand may not decide its appeal; another senior may", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const seniorRaiser = { ...w, judge: w.senior };
    const { appealId, violationId } = await appealed(seniorRaiser);
    const refused = await expectTrpcError(
      callerAt(db, w.senior, at(2 * H)).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "overturn",
        reason: "自己复核自己的决定",
      }),
      "FORBIDDEN",
    );
    expect(refused.message).toContain("原始决定");
    expect((await callerAt(db, w.senior).violation.admin.get({ violationId })).decision).toMatchObject({
      block: "first_decider",
      firstDeciderNames: [w.senior.name],
    });
    expect((await callerAt(db, w.otherSenior).violation.admin.get({ violationId })).decision).toMatchObject({
      block: null,
    });
    await callerAt(db, w.otherSenior, at(2 * H)).violation.admin.decideAppeal({
      idempotencyKey: submissionKey(),
      appealId,
      decision: "uphold",
      reason: "伪造事实清楚,维持原决定",
    });
    expect(await ticket(db, violationId)).toMatchObject({
      status: "effective",
      effectiveAt: at(2 * H),
      decidedBy: w.otherSenior.userId,
    });
  });

  it("VIO-3/DSP-5: the senior reviewer who judged the dispute may not decide the appeal against its ticket — found through the dispute even when the system raised it", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const senior = await createAdmin(db, "senior_reviewer");
    const other = await createAdmin(db, "senior_reviewer");
    const order = await createOrder(db, { shopId: w.shop.id, consumerId: w.consumer.consumer.id, status: "completed" });
    const request = await createInvoiceRequest(db, { ...w, order }, { status: "requested" });
    await createUrgeWorkOrder(db, request, { status: "expired" });
    const { id: disputeId } = await w.asConsumer.dispute.consumer.open({
      invoiceId: request.id,
      scenario: "invoice_urged",
      claim: "催开票无人处理",
    });
    await callerFor(db, senior, { now: fixedClock(TEST_NOW) }).dispute.admin.judge({
      idempotencyKey: submissionKey(),
      disputeId,
      liableParty: "merchant",
      remedy: "none",
      reason: "工单超时未回复,商家责任",
      rules: ["DSP-INV-2", "DSP-5"],
    });
    // A second ticket on the same dispute raised by the system: its first decider is still the judge.
    await raiseTicket(
      db,
      { shop: w.shop },
      { when: TEST_NOW, sourceType: "dispute", sourceId: disputeId, rule: "DSP-5-extra" },
    );
    const tickets = await db.select().from(violations).where(eq(violations.shopId, w.shop.id));
    expect(tickets).toHaveLength(2);
    const later = new Date(TEST_NOW.getTime() + H);
    for (const t of tickets) {
      const files = await evidenceFiles(db, w.merchant);
      const { appealId } = await callerFor(db, w.merchant, { now: fixedClock(later) }).violation.merchant.appeal({
        idempotencyKey: submissionKey(),
        violationId: t.id,
        statement: STATEMENT,
        evidence: files,
      });
      await expectTrpcError(
        callerFor(db, senior, { now: fixedClock(later) }).violation.admin.decideAppeal({
          idempotencyKey: submissionKey(),
          appealId,
          decision: "overturn",
          reason: "复核自己的判责",
        }),
        "FORBIDDEN",
      );
      await callerFor(db, other, { now: fixedClock(later) }).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "overturn",
        reason: "消费者已撤回诉求",
      });
    }
    expect((await db.select().from(violations).where(eq(violations.shopId, w.shop.id))).map((t) => t.status)).toEqual([
      "overturned",
      "overturned",
    ]);
  });

  it("VIO-3: the senior reviewer who decided the work order may not decide the appeal against its ticket", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const u = await urgeWorld(db, { now: VIO_NOW });
    const wo = await insertUrgeWorkOrder(db, u, { status: "resolved", decidedBy: w.senior.userId, decidedAt: VIO_NOW });
    const id = await raiseTicket(db, u, { sourceType: "work_order", sourceId: wo.id, rule: "INV-7" });
    const { appealId } = await callerAt(db, u.merchant, at(H)).violation.merchant.appeal({
      idempotencyKey: submissionKey(),
      violationId: id,
      statement: STATEMENT,
      evidence: await evidenceFiles(db, u.merchant),
    });
    await expectTrpcError(
      callerAt(db, w.senior, at(2 * H)).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "overturn",
        reason: "复核自己的决定",
      }),
      "FORBIDDEN",
    );
    await callerAt(db, w.otherSenior, at(2 * H)).violation.admin.decideAppeal({
      idempotencyKey: submissionKey(),
      appealId,
      decision: "overturn",
      reason: "工单已按时处理",
    });
    expect((await ticket(db, id)).status).toBe("overturned");
  });

  it("VIO-3: an overturned ticket carries no points — its points stay on record but count nowhere; the shop is told", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const kept = await raiseTicket(db, w, { points: 2 });
    await callerAt(db, w.merchant, at(H)).violation.merchant.confirm({
      idempotencyKey: submissionKey(),
      violationId: kept,
    });
    const { appealId, violationId } = await appealed(w, 48);
    const result = await callerAt(db, w.senior, at(3 * H)).violation.admin.decideAppeal({
      idempotencyKey: submissionKey(),
      appealId,
      decision: "overturn",
      reason: "底单经快递公司确认真实,撤销违约单",
    });
    expect(result).toMatchObject({ appealStatus: "overturned", status: "overturned" });
    expect(await ticket(db, violationId)).toMatchObject({
      status: "overturned",
      points: 48,
      effectiveAt: null,
      decidedBy: w.senior.userId,
      decidedAt: at(3 * H),
    });
    expect(await appealOf(db, violationId)).toMatchObject({
      status: "overturned",
      decidedBy: w.senior.userId,
      decisionReason: "底单经快递公司确认真实,撤销违约单",
    });

    const merchant = callerAt(db, w.merchant, at(4 * H));
    expect((await merchant.violation.merchant.get({ violationId })).countedPoints).toBe(0);
    expect(await merchant.violation.merchant.summary()).toMatchObject({
      effectivePoints: 2,
      effectivePoints30d: 2,
      counts: { effective: 1, overturned: 1, pending: 0, appealed: 0 },
    });
    // Never takes effect later either.
    await sweepAt(db, at(3 * WEEK), [w.shop]);
    expect((await ticket(db, violationId)).status).toBe("overturned");
    expect(await ticketActions(db, violationId)).toEqual([
      "violation.raised",
      "violation.appealed",
      "violation.appeal_overturned",
    ]);
    const notes = (await shopNotifications(db, w.shop.id)).filter((n) => n.kind === "violation.appeal_decided");
    expect(notes).toMatchObject([
      { recordId: violationId, params: { decision: "overturn", rule: "WO-TM-7", points: 48 } },
    ]);
  });

  it("VIO-3: decided once — two senior reviewers at the same moment: one wins, the other gets a CONFLICT naming who decided", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const { appealId, violationId } = await appealed(w);
    const results = await Promise.allSettled([
      callerAt(db, w.senior, at(2 * H)).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "overturn",
        reason: "证据不足以认定伪造",
      }),
      callerAt(db, w.otherSenior, at(2 * H)).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "uphold",
        reason: "伪造事实清楚",
      }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) =>
      r.status === "rejected" ? [r.reason as { code?: string; message?: string }] : [],
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (await appealOf(db, violationId))?.decidedBy === w.senior.userId ? w.senior : w.otherSenior;
    expect(lost[0]).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(winner.name) });
    const actions = await ticketActions(db, violationId);
    expect(actions.filter((a) => a.startsWith("violation.appeal_"))).toHaveLength(1);
    // And later attempts are refused the same way.
    await expectTrpcError(
      callerAt(db, w.otherSenior, at(5 * H)).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "overturn",
        reason: "再次审核这一申诉",
      }),
      "CONFLICT",
    );
  });

  it("VIO-3: the appeals queue lists pending appeals oldest first and drops decided ones", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const first = await appealed(w);
    const second = await appealed(w, 12, at(H + 1000));
    const queue = async () =>
      (await callerAt(db, w.senior).violation.admin.appealQueue({ limit: 100 })).items.filter(
        (i) => i.shopId === w.shop.id,
      );
    expect((await queue()).map((i) => i.appealId)).toEqual([first.appealId, second.appealId]);
    expect((await queue())[0]).toMatchObject({
      rule: "WO-TM-7",
      points: 12,
      evidenceCount: 2,
      shopName: w.shop.name,
      source: { type: "admin" },
    });
    await callerAt(db, w.senior, at(2 * H)).violation.admin.decideAppeal({
      idempotencyKey: submissionKey(),
      appealId: first.appealId,
      decision: "uphold",
      reason: "维持原决定",
    });
    expect((await queue()).map((i) => i.appealId)).toEqual([second.appealId]);
  });
});
