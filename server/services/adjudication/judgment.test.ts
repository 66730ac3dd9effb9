import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { notifications, refunds, violations } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { callerFor, createAdmin, openTestDb, submissionKey, TEST_NOW } from "@/server/test/harness";
import {
  createInvoiceRequest,
  createUrgeWorkOrder,
  disputeRow,
  disputeWorld,
  type DisputeWorld,
} from "@/server/test/fixtures/disputes";
import { workOrderDeadlineTasksFor } from "../work-orders/sweep-tasks";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
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
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** An urged dispute: straight into platform judgment (DSP-INV-2). */
async function urgedDispute(w: DisputeWorld): Promise<string> {
  const request = await createInvoiceRequest(handle.db, w, { status: "requested" });
  await createUrgeWorkOrder(handle.db, request, { status: "expired" });
  return (
    await w.asConsumer.dispute.consumer.open({
      invoiceId: request.id,
      scenario: "invoice_urged",
      claim: "催开票无人处理,要求赔付",
    })
  ).id;
}

const notesOf = (recordId: string) =>
  handle.db.select().from(notifications).where(eq(notifications.recordId, recordId));
const LATER = new Date(IV_NOW.getTime() + 2 * H);
const at = (a: Parameters<typeof callerFor>[1], when: Date = LATER) =>
  callerFor(handle.db, a, { now: fixedClock(when) });

/** A not-received work order answered with both slots: waiting for judgment. */
async function judgingNotReceived(w: World): Promise<string> {
  const id = await applied(handle.db, w, "not_received");
  const evidence = {
    shipping_receipt: [await upload(handle.db, w.merchant.userId)],
    signed_red_stamp: [await upload(handle.db, w.merchant.userId, "pdf")],
  };
  await at(w.merchant, IV_NOW).intervention.merchant.submitEvidence({ workOrderId: id, evidence });
  return id;
}

/** A collaborative work order the merchant replied "unresolved" to: second-level review (WO-TM-4). */
async function inReview(w: World): Promise<string> {
  const id = await applied(handle.db, w, "collaborative");
  const contacts = [0.5, 1].map((h) => ({ at: new Date(IV_NOW.getTime() + h * H), channel: "phone" as const }));
  await at(w.merchant).intervention.merchant.replyCollaborative({
    workOrderId: id,
    answer: "unresolved",
    note: "多次电话联系未接通",
    contacts,
    vouchers: [await upload(handle.db, w.merchant.userId)],
  });
  return id;
}

describe("judging a dispute from the console", () => {
  it("DSP-5: the judgment records liable party, remedy, reasons and the cited rules; refund and violation once; both parties notified", async () => {
    const w = await disputeWorld(handle.db, { amountFen: 20_000 });
    const disputeId = await urgedDispute(w);
    const result = await w.asAdmin.adjudication.judgeDispute({
      idempotencyKey: submissionKey(),
      disputeId,
      liableParty: "merchant",
      remedy: "refund",
      amountFen: 5_000,
      reason: "催开票工单超时未回复,商家责任",
      rules: ["DSP-INV-2", "INV-7", "DSP-INV-2"],
    });
    expect(result).toMatchObject({
      status: "judged",
      liableParty: "merchant",
      remedy: "refund",
      amountFen: 5_000,
      rules: ["DSP-INV-2", "INV-7"],
    });
    expect(await disputeRow(handle.db, disputeId)).toMatchObject({
      liableParty: "merchant",
      remedy: "refund",
      remedyAmountFen: 5_000,
      judgmentRules: ["DSP-INV-2", "INV-7"],
      judgedBy: w.admin.userId,
      judgedAt: TEST_NOW,
    });

    await expectTrpcError(
      callerFor(handle.db, await createAdmin(handle.db)).adjudication.judgeDispute({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "consumer",
        remedy: "none",
        reason: "第二次判责尝试",
        rules: ["DSP-5"],
      }),
      "CONFLICT",
    );
    const paid = await handle.db
      .select()
      .from(refunds)
      .where(and(eq(refunds.sourceType, "dispute"), eq(refunds.sourceId, disputeId)));
    expect(paid.map((r) => [r.kind, r.amountFen])).toEqual([["dispute_refund", 5_000]]);
    const tickets = await handle.db
      .select()
      .from(violations)
      .where(and(eq(violations.sourceType, "dispute"), eq(violations.sourceId, disputeId)));
    expect(tickets.map((t) => [t.rule, t.shopId])).toEqual([["DSP-5", w.shop.id]]);
    const judged = (await notesOf(disputeId)).filter((n) => n.kind === "dispute.judged");
    expect(judged.map((n) => n.consumerId ?? n.shopId).sort()).toEqual([w.consumer.consumer.id, w.shop.id].sort());

    const asCase = await w.asAdmin.adjudication.case({ kind: "dispute", id: disputeId });
    expect(asCase).toMatchObject({
      waiting: false,
      platformDeadline: null,
      citedRules: ["DSP-INV-2", "INV-7"],
      mayDecide: { ok: false },
    });
  });

  it("DSP-5: a judgment must cite at least one known rule that applies to the scenario; otherwise nothing changes", async () => {
    const w = await disputeWorld(handle.db);
    const disputeId = await urgedDispute(w);
    const judge = (rules: string[]) =>
      w.asAdmin.adjudication.judgeDispute({
        idempotencyKey: submissionKey(),
        disputeId,
        liableParty: "merchant",
        remedy: "none",
        reason: "商家未按时开票",
        rules: rules as ["DSP-5"],
      });
    await expectTrpcError(judge([]), "BAD_REQUEST");
    await expectTrpcError(judge(["XYZ-1"]), "BAD_REQUEST");
    const notApplicable = await expectTrpcError(judge(["WO-PDD-1"]), "BAD_REQUEST");
    expect(notApplicable.message).toContain("WO-PDD-1");
    expect((await disputeRow(handle.db, disputeId)).status).toBe("platform_judging");
  });
});

describe("deciding a work order from the console", () => {
  it("DSP-5/WO-TM-5: the decision stores liable party, decider, time, reasons and rules; refund and compensation once; consumer and shop notified", async () => {
    const w = await world(handle.db, { amountFen: 10_000 });
    const id = await judgingNotReceived(w);
    const admin = await createAdmin(handle.db);
    const res = await at(admin).adjudication.decideWorkOrder({
      idempotencyKey: submissionKey(),
      workOrderId: id,
      liableParty: "merchant",
      refundFen: 6_000,
      compensationFen: 500,
      reason: "红章证明字段为打印,不符合要求",
      rules: ["WO-PDD-3", "WO-PDD-1"],
    });
    expect(res).toMatchObject({
      status: "resolved",
      refundFen: 6_000,
      compensationFen: 500,
      rules: ["WO-PDD-3", "WO-PDD-1"],
    });
    expect(await workOrderRow(handle.db, id)).toMatchObject({
      status: "resolved",
      liableParty: "merchant",
      decidedBy: admin.userId,
      decidedAt: LATER,
      decisionReason: "红章证明字段为打印,不符合要求",
      decisionRules: ["WO-PDD-3", "WO-PDD-1"],
      closedAt: LATER,
    });
    const other = await createAdmin(handle.db);
    const lost = await expectTrpcError(
      at(other).adjudication.decideWorkOrder({
        idempotencyKey: submissionKey(),
        workOrderId: id,
        liableParty: "none",
        reason: "第二次处理尝试",
        rules: ["DSP-5"],
      }),
      "CONFLICT",
    );
    expect(lost.message).toContain(admin.name);
    expect((await refundsOf(handle.db, id)).map((r) => [r.kind, r.amountFen]).sort()).toEqual([
      ["compensation", 500],
      ["dispute_refund", 6_000],
    ]);
    const decided = (await notesOf(id)).filter((n) => n.kind === "work_order.decided");
    expect(decided.map((n) => n.consumerId ?? n.shopId).sort()).toEqual([w.consumer.consumer.id, w.shop.id].sort());

    const asCase = await at(other).adjudication.case({ kind: "work_order", id });
    expect(asCase).toMatchObject({
      waiting: false,
      decision: { liableParty: "merchant", decidedByName: admin.name, reason: "红章证明字段为打印,不符合要求" },
      citedRules: ["WO-PDD-3", "WO-PDD-1"],
    });
  });

  it("WO-TM-4: 二审 is decided by a senior reviewer who did not make the first decision; an adjudicator may not decide it at all", async () => {
    const w = await world(handle.db, { style: "tmall" });
    const id = await inReview(w);
    const [adjudicator, seniorA, seniorB] = await Promise.all([
      createAdmin(handle.db, "adjudicator"),
      createAdmin(handle.db, "senior_reviewer"),
      createAdmin(handle.db, "senior_reviewer"),
    ]);
    const decide = (a: typeof seniorA) =>
      at(a).adjudication.decideWorkOrder({
        idempotencyKey: submissionKey(),
        workOrderId: id,
        liableParty: "none",
        reason: "消费者失联,不予处理",
        rules: ["WO-TM-4"],
      });

    expect((await expectTrpcError(decide(adjudicator), "FORBIDDEN")).message).toContain("高级审核员");
    // Senior A makes a first decision on the case: marks the contact voucher invalid.
    const [voucher] = await evidenceOf(handle.db, id);
    if (!voucher) throw new Error("no voucher");
    await at(seniorA).intervention.admin.markEvidenceInvalid({
      workOrderId: id,
      evidenceItemId: voucher.id,
      reason: "通话记录截图日期与联系记录不符",
    });
    expect(await at(seniorA).adjudication.case({ kind: "work_order", id })).toMatchObject({
      stage: "reviewing",
      mayDecide: { ok: false, why: "made_first_decision" },
      firstDeciders: [{ userId: seniorA.userId }],
    });
    const refused = await expectTrpcError(decide(seniorA), "FORBIDDEN");
    expect(refused.message).toContain("另一位高级审核员");
    expect((await workOrderRow(handle.db, id)).status).toBe("reviewing");

    expect(await at(seniorB).adjudication.case({ kind: "work_order", id })).toMatchObject({ mayDecide: { ok: true } });
    expect(await decide(seniorB)).toMatchObject({ status: "resolved" });
    expect(await workOrderRow(handle.db, id)).toMatchObject({
      decidedBy: seniorB.userId,
      liableParty: "none",
      decisionRules: ["WO-TM-4"],
    });
  });

  it("WO-TM-4/WO-TM-5/WO-PDD-1: every way into the platform starts its clock (platform_since)", async () => {
    const pdd = await world(handle.db);
    const judging = await judgingNotReceived(pdd);
    expect(await workOrderRow(handle.db, judging)).toMatchObject({ status: "judging", platformSince: IV_NOW });

    const tm = await world(handle.db, { style: "tmall" });
    const reviewing = await inReview(tm);
    expect(await workOrderRow(handle.db, reviewing)).toMatchObject({ status: "reviewing", platformSince: LATER });

    // WO-TM-5: nobody answers a collaborative work order within 24h → the sweeper sends it to judgment.
    const silent = await world(handle.db, { style: "tmall" });
    const timedOut = await applied(handle.db, silent, "collaborative");
    const due = new Date(IV_NOW.getTime() + 24 * H);
    await runSweep(systemContext(handle.db, due), { tasks: workOrderDeadlineTasksFor([silent.shop.id]) });
    expect(await workOrderRow(handle.db, timedOut)).toMatchObject({ status: "judging", platformSince: due });
  });
});
