import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { disputes, violations, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { callerFor, createConsumer, openTestDb } from "@/server/test/harness";
import { insertUrgeWorkOrder, urgeWorld, expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  AD_NOW,
  ago,
  caseWorld,
  H,
  insertJudgingDispute,
  insertPlatformWorkOrder,
  type CaseWorld,
} from "@/server/test/fixtures/adjudication";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const adminOf = (w: CaseWorld) => callerFor(handle.db, w.admin, { now: fixedClock(AD_NOW) });

describe("the case page's data", () => {
  it("DSP-5/DSP-INV-2: a dispute case carries the applicable rule clauses, the policy version, the platform deadline and both parties' history with risk marks", async () => {
    const w = await caseWorld(handle.db);
    const current = await insertJudgingDispute(handle.db, w, { since: ago(6) });
    // Earlier: a dispute judged against the merchant, a work order decided against this consumer,
    // and a case of another consumer at the same shop.
    const earlier = await insertJudgingDispute(handle.db, w, { since: ago(300) });
    await handle.db
      .update(disputes)
      .set({ status: "judged", liableParty: "merchant", remedy: "none", judgedAt: ago(290), closedAt: ago(290) })
      .where(eq(disputes.id, earlier.id));
    const decided = await insertPlatformWorkOrder(handle.db, w, { since: ago(200), type: "missing_items" });
    await handle.db
      .update(workOrders)
      .set({ status: "resolved", liableParty: "consumer", decidedAt: ago(190), closedAt: ago(190) })
      .where(eq(workOrders.id, decided.id));
    const stranger = { ...w, consumer: await createConsumer(handle.db) };
    await insertJudgingDispute(handle.db, stranger, { since: ago(100) });
    await handle.db.insert(violations).values({
      shopId: w.shop.id,
      sourceType: "dispute",
      sourceId: earlier.id,
      rule: "DSP-5",
      points: 2,
      reason: "纠纷判责",
      status: "effective",
      raisedBy: w.admin.userId,
      raisedAt: ago(290),
      dueAt: ago(290 - 7 * 24),
    });

    const c = await adminOf(w).adjudication.case({ kind: "dispute", id: current.id });
    if (c.kind !== "dispute") throw new Error("expected a dispute case");
    expect(c).toMatchObject({
      id: current.id,
      type: "invoice_urged",
      stage: "judging",
      waiting: true,
      mayDecide: { ok: true },
      citedRules: [],
    });
    expect(c.since).toEqual(ago(6));
    expect(c.platformDeadline?.dueAt).toEqual(new Date(ago(6).getTime() + 48 * H));
    expect(c.clauses.map((cl) => cl.id)[0]).toBe("DSP-INV-2");
    expect(c.clauses.find((cl) => cl.id === "DSP-5")?.text["zh-CN"]).toContain("责任方");
    expect(c.dispute.policy).toMatchObject({ id: "jd.dispute.invoice_urged", version: 1 });
    expect(c.history.shop).toMatchObject({
      disputes: 2,
      workOrders: 1,
      decided: 2,
      heldLiable: 1,
      violations: 1,
      points: 2,
    });
    expect(c.history.consumer).toMatchObject({ disputes: 1, workOrders: 1, decided: 2, heldLiable: 1, riskMarks: 0 });
    expect(c.history.consumer.recent.map((r) => r.id)).toEqual([decided.id, earlier.id]);
    expect(c.history.shop.recent.map((r) => r.id)).not.toContain(current.id);
  });

  it("WO-TM-4: a work order in 二审 tells an adjudicator it is for senior reviewers; its deadline is 72h", async () => {
    const w = await caseWorld(handle.db, { style: "tmall" });
    const wo = await insertPlatformWorkOrder(handle.db, w, {
      since: ago(1),
      type: "collaborative",
      status: "reviewing",
    });
    const c = await adminOf(w).adjudication.case({ kind: "work_order", id: wo.id });
    if (c.kind !== "work_order") throw new Error("expected a work-order case");
    expect(c).toMatchObject({
      stage: "reviewing",
      waiting: true,
      mayDecide: { ok: false, why: "senior_only" },
      firstDeciders: [],
      decision: null,
    });
    expect(c.platformDeadline?.dueAt).toEqual(new Date(ago(1).getTime() + 72 * H));
    expect(c.clauses.map((cl) => cl.id)).toContain("WO-TM-4");
  });

  it("SHOP-3: ids that are not adjudication cases are NOT_FOUND — an urge-invoice work order, unknown and malformed ids", async () => {
    const w = await caseWorld(handle.db);
    const urge = await insertUrgeWorkOrder(handle.db, await urgeWorld(handle.db));
    await expectTrpcError(adminOf(w).adjudication.case({ kind: "work_order", id: urge.id }), "NOT_FOUND");
    await expectTrpcError(adminOf(w).adjudication.case({ kind: "dispute", id: crypto.randomUUID() }), "NOT_FOUND");
    await expectTrpcError(adminOf(w).adjudication.case({ kind: "work_order", id: "x" }), "NOT_FOUND");
  });
});
