import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, notifications, refunds, violations } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { type AdminActor, callerFor, createAdmin, openTestDb, submissionKey } from "@/server/test/harness";
import { createInvoiceRequest, createUrgeWorkOrder, disputeRow, disputeWorld } from "@/server/test/fixtures/disputes";
import { applied, H, IV_NOW, upload, world, workOrderRow } from "@/server/test/fixtures/intervention";

/**
 * DSP-5 on real PostgreSQL: several admins press "judge" on the same case at the same moment,
 * each on its own connection. Exactly one wins; every other one gets a CONFLICT naming the
 * winner; the money, the violation ticket and the notifications happen once. Skipped without
 * DATABASE_URL (PGlite has one connection, so nothing would really run side by side).
 */
const baseUrl = process.env.DATABASE_URL;
const ADMINS = 6;
/** Several rounds: the interleavings differ from one to the next. */
const ROUNDS = 8;

describe.skipIf(!baseUrl)("concurrent judgments on PostgreSQL", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb();
    expect(handle.kind).toBe("postgres");
  }, 60_000);
  afterAll(async () => {
    await handle.close();
  });

  /** Runs every call at once; returns the winners and the losers' errors. */
  async function race<T>(admins: AdminActor[], call: (admin: AdminActor) => Promise<T>) {
    const results = await Promise.allSettled(admins.map(call));
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [admins[i]] : []));
    const lost = results.flatMap((r) =>
      r.status === "rejected" ? [r.reason as { code?: string; message?: string }] : [],
    );
    return { won, lost };
  }

  it("DSP-5: six admins judge the same dispute at once — one judgment, five CONFLICTs naming the judge, one refund, one violation, each party notified once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { db } = handle;
      const w = await disputeWorld(db, { amountFen: 30_000 });
      const request = await createInvoiceRequest(db, w, { status: "requested" });
      await createUrgeWorkOrder(db, request, { status: "expired" });
      const { id: disputeId } = await w.asConsumer.dispute.consumer.open({
        invoiceId: request.id,
        scenario: "invoice_urged",
        claim: "催开票无人处理,要求退款",
      });
      const admins = await Promise.all(Array.from({ length: ADMINS }, () => createAdmin(db)));

      const { won, lost } = await race(admins, (a) =>
        callerFor(db, a).adjudication.judgeDispute({
          idempotencyKey: submissionKey(),
          disputeId,
          liableParty: "merchant",
          remedy: "refund",
          amountFen: 12_000,
          reason: "催开票工单超时未回复,判商家责任",
          rules: ["DSP-INV-2"],
        }),
      );
      expect(won).toHaveLength(1);
      const row = await disputeRow(db, disputeId);
      expect(row).toMatchObject({ status: "judged", judgedBy: won[0]?.userId, judgmentRules: ["DSP-INV-2"] });
      expect(lost).toHaveLength(ADMINS - 1);
      expect(lost.map((e) => `${e.code}: ${e.message}`)).toEqual(
        lost.map(() => expect.stringMatching(new RegExp(`^CONFLICT: .*${won[0]?.name ?? "?"}`))),
      );

      const paid = await db
        .select()
        .from(refunds)
        .where(and(eq(refunds.sourceType, "dispute"), eq(refunds.sourceId, disputeId)));
      expect(paid.map((r) => [r.kind, r.amountFen])).toEqual([["dispute_refund", 12_000]]);
      expect(
        await db
          .select()
          .from(violations)
          .where(and(eq(violations.sourceType, "dispute"), eq(violations.sourceId, disputeId))),
      ).toHaveLength(1);
      const judged = await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.recordId, disputeId), eq(notifications.kind, "dispute.judged")));
      expect(judged).toHaveLength(2);
      const events = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.recordId, disputeId), eq(auditEvents.action, "dispute.judged")));
      expect(events).toHaveLength(1);
    }
  }, 120_000);

  it("DSP-5/WO-TM-5: six admins decide the same work order at once — one decision, five CONFLICTs naming who decided, refund and compensation once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { db } = handle;
      const w = await world(db, { amountFen: 20_000 });
      const id = await applied(db, w, "not_received");
      const evidence = {
        shipping_receipt: [await upload(db, w.merchant.userId)],
        signed_red_stamp: [await upload(db, w.merchant.userId, "pdf")],
      };
      await callerFor(db, w.merchant, { now: fixedClock(IV_NOW) }).intervention.merchant.submitEvidence({
        workOrderId: id,
        evidence,
      });
      const admins = await Promise.all(Array.from({ length: ADMINS }, () => createAdmin(db)));
      const later = fixedClock(new Date(IV_NOW.getTime() + 3 * H));

      const { won, lost } = await race(admins, (a) =>
        callerFor(db, a, { now: later }).adjudication.decideWorkOrder({
          idempotencyKey: submissionKey(),
          workOrderId: id,
          liableParty: "merchant",
          refundFen: 20_000,
          compensationFen: 1_000,
          reason: "红章证明不符合要求,判商家责任",
          rules: ["WO-PDD-1", "WO-PDD-3"],
        }),
      );
      expect(won).toHaveLength(1);
      expect(await workOrderRow(db, id)).toMatchObject({
        status: "resolved",
        decidedBy: won[0]?.userId,
        liableParty: "merchant",
        decisionRules: ["WO-PDD-1", "WO-PDD-3"],
      });
      expect(lost).toHaveLength(ADMINS - 1);
      expect(lost.map((e) => `${e.code}: ${e.message}`)).toEqual(
        lost.map(() => expect.stringMatching(new RegExp(`^CONFLICT: .*${won[0]?.name ?? "?"}`))),
      );

      const paid = await db
        .select()
        .from(refunds)
        .where(and(eq(refunds.sourceType, "work_order"), eq(refunds.sourceId, id)));
      expect(paid.map((r) => [r.kind, r.amountFen]).sort()).toEqual([
        ["compensation", 1_000],
        ["dispute_refund", 20_000],
      ]);
      const decided = await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.recordId, id), eq(notifications.kind, "work_order.decided")));
      expect(decided).toHaveLength(2);
    }
  }, 120_000);
});
