import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, openTestDb } from "@/server/test/harness";
import {
  at,
  escalatedAtCompletion,
  escalatedAtProcessing,
  H,
  platformWorld,
} from "@/server/test/fixtures/after-sales-admin";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { judgeServiceOrder } from "../after-sales/judge-service-order";
import { listAdjudicationQueue } from "./list-queue";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("AS-8: the after-sales case page", () => {
  it("AS-8: a refused deduction — the request, the refused proposal, the ledger, the open decisions and the refund base", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtProcessing(db, w);
    const c = await callerFor(db, w.admin, { now: fixedClock(at(7 * H)) }).adjudication.case({
      kind: "service_order",
      id,
    });
    if (c.kind !== "service_order") throw new Error("not a service-order case");
    expect(c).toMatchObject({
      type: "after_sales",
      waiting: true,
      since: at(6 * H),
      platformDeadline: { dueAt: at(54 * H) },
      origin: "processing",
      decisions: ["resume_processing", "refund"],
      refundBaseFen: 9_900,
      mayDecide: { ok: true },
      decision: null,
    });
    expect(c.clauses.map((k) => k.id)).toContain("AS-5");
    expect(c.serviceOrder.proposals).toMatchObject([
      { kind: "deduction", stage: "processing", status: "refused", params: { shippingDeductionFen: 1_000 } },
    ]);
    expect(c.ledger.map((d) => [d.kind, d.outcome])).toEqual([
      ["review", "met"],
      ["return_shipment", "met"],
      ["processing", "met"],
      ["consent", "met"],
      ["processing", "void"],
      ["platform", null],
    ]);
    expect(c.history.consumer).toMatchObject({ riskMarks: 0 });

    await judgeServiceOrder(w.asAdmin(at(8 * H)), {
      serviceOrderId: id,
      decision: "refund",
      reason: "运费扣减未经消费者同意",
      rules: ["AS-5"],
      violation: false,
    });
    const decided = await callerFor(db, w.admin, { now: fixedClock(at(9 * H)) }).adjudication.case({
      kind: "service_order",
      id,
    });
    expect(decided).toMatchObject({
      waiting: false,
      platformDeadline: null,
      decisions: [],
      mayDecide: { ok: false, why: "closed" },
      citedRules: ["AS-5"],
      decision: { decision: "refund", decidedAt: at(8 * H), reason: "运费扣减未经消费者同意" },
    });
  });

  it("AS-8: a disputed completion offers resume_visit / confirm_completion / refund; merchants and consumers are FORBIDDEN", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtCompletion(db, w);
    const c = await callerFor(db, w.admin, { now: fixedClock(at(5 * H)) }).adjudication.case({
      kind: "service_order",
      id,
    });
    expect(c).toMatchObject({ origin: "completion", decisions: ["resume_visit", "confirm_completion", "refund"] });
    await expectTrpcError(callerFor(db, w.merchant).adjudication.case({ kind: "service_order", id }), "FORBIDDEN");
    await expectTrpcError(callerFor(db, w.consumer).adjudication.case({ kind: "service_order", id }), "FORBIDDEN");
    await expectTrpcError(
      callerFor(db, w.admin).adjudication.case({ kind: "service_order", id: "not-a-uuid" }),
      "NOT_FOUND",
    );
  });

  it("AS-8: the queue's filters — after-sales cases under their own type, never in 二审 or under another type", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtCompletion(db, w);
    const ids = async (filters: Partial<Parameters<typeof listAdjudicationQueue>[1]>) =>
      (await listAdjudicationQueue(w.asAdmin(at(5 * H)), { shopId: w.shop.id, limit: 20, ...filters })).items.map(
        (r) => r.id,
      );
    expect(await ids({})).toEqual([id]);
    expect(await ids({ type: "after_sales" })).toEqual([id]);
    expect(await ids({ type: "after_sales", stage: "judging" })).toEqual([id]);
    expect(await ids({ stage: "reviewing" })).toEqual([]);
    expect(await ids({ type: "not_received" })).toEqual([]);
    expect(await ids({ type: "invoice_urged" })).toEqual([]);
    expect(await ids({ waiting: "under_24h" })).toEqual([id]);
    expect(await ids({ waiting: "24h_48h" })).toEqual([]);
  });
});
