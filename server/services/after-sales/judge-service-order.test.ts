import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { runSweep } from "@/server/services/sweep/sweep";
import { serviceOrderDeadlineTasksFor } from "./sweep-tasks";
import { systemContext } from "@/server/services/service-context";
import { callerFor, createAdmin, openTestDb, serviceContext, submissionKey } from "@/server/test/harness";
import {
  at,
  D,
  escalatedAtCompletion,
  escalatedAtProcessing,
  escalatedAtReview,
  H,
  platformWorld,
  refundsOf,
  serviceOrderRow,
  ticketsOf,
} from "@/server/test/fixtures/after-sales-admin";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { listAdjudicationQueue } from "../adjudication/list-queue";
import { judgeServiceOrder } from "./judge-service-order";
import type { JudgeServiceOrderInput } from "./judge-service-order-input";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const judge = (serviceOrderId: string, over: Partial<JudgeServiceOrderInput> = {}): JudgeServiceOrderInput => ({
  serviceOrderId,
  decision: "approve",
  reason: "七天无理由退货不得以拆封为由驳回",
  rules: ["AS-5", "AS-8"],
  violation: false,
  ...over,
});

describe("AS-8: platform intervention on after-sales cases", () => {
  it("AS-8: a refused rejection reaches the queue with the platform's 48h; approving sends it back as asked, once", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtReview(db, w);
    const queue = await listAdjudicationQueue(w.asAdmin(at(4 * H)), { type: "after_sales", limit: 50 });
    const mine = queue.items.find((r) => r.id === id);
    expect(mine).toMatchObject({
      kind: "service_order",
      type: "after_sales",
      stage: "judging",
      since: at(3 * H),
      platformDueAt: at(51 * H),
      serviceType: "return",
      shopId: w.shop.id,
    });

    const result = await judgeServiceOrder(w.asAdmin(at(5 * H)), judge(id));
    expect(result).toMatchObject({ status: "awaiting_return", decision: "approve", rules: ["AS-5", "AS-8"] });
    const row = await serviceOrderRow(db, id);
    expect(row).toMatchObject({
      status: "awaiting_return",
      decidedBy: w.admin.userId,
      decidedAt: at(5 * H),
      decisionRules: ["AS-5", "AS-8"],
      approvedAt: at(5 * H),
      dueKind: "return_shipment",
      dueAt: at(5 * H + 7 * D),
    });
    const after = await listAdjudicationQueue(w.asAdmin(at(6 * H)), { type: "after_sales", limit: 50 });
    expect(after.items.some((r) => r.id === id)).toBe(false);
    // A second judgment of the same case: the record moved on.
    await expect(judgeServiceOrder(w.asAdmin(at(6 * H)), judge(id, { decision: "close" }))).rejects.toMatchObject({
      code: "AS_STALE_STATE",
    });
  });

  it("AS-8: at review the platform may uphold the rejection (closed, platform_decision) but not refund", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtReview(db, w);
    await expect(judgeServiceOrder(w.asAdmin(at(5 * H)), judge(id, { decision: "refund" }))).rejects.toMatchObject({
      code: "AS_DECISION_NOT_OPEN",
    });
    await expect(
      judgeServiceOrder(w.asAdmin(at(5 * H)), judge(id, { decision: "close", rules: ["WO-PDD-1"] })),
    ).rejects.toMatchObject({ code: "RULE_NOT_APPLICABLE" });
    await judgeServiceOrder(w.asAdmin(at(5 * H)), judge(id, { decision: "close", rules: ["AS-2"] }));
    expect(await serviceOrderRow(db, id)).toMatchObject({
      status: "closed",
      closeReason: "platform_decision",
      closedAt: at(5 * H),
      dueAt: null,
    });
    expect(await refundsOf(db, w.order.id)).toEqual([]);
  });

  it("AS-8: a refused deduction — the platform refunds once through the ledger and raises the AS-8 ticket", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtProcessing(db, w);
    const admin = callerFor(db, w.admin, { now: fixedClock(at(7 * H)) });
    const key = submissionKey();
    const input = { ...judge(id, { decision: "refund", rules: ["AS-5", "AS-4"], violation: true }) };
    await expect(judgeServiceOrder(w.asAdmin(at(7 * H)), { ...input, refundFen: 19_900 })).rejects.toMatchObject({
      code: "AS_REFUND_ABOVE_GOODS",
    });
    const first = await admin.adjudication.judgeServiceOrder({ ...input, idempotencyKey: key });
    const replay = await admin.adjudication.judgeServiceOrder({ ...input, idempotencyKey: key });
    expect(replay).toEqual(first);
    expect(first).toMatchObject({ status: "completed", refundedFen: 9_900 });
    expect(await refundsOf(db, w.order.id)).toEqual([
      { sourceType: "service_order", kind: "order_refund", cause: "judgment", amountFen: 9_900 },
    ]);
    expect(await serviceOrderRow(db, id)).toMatchObject({
      processedResult: "refund",
      refundFen: 9_900,
      completedAt: at(7 * H),
    });
    expect(await ticketsOf(db, w.shop.id)).toEqual([{ rule: "AS-8", points: 2, sourceType: "service_order" }]);
    // Another key, the same case: decided already, nothing paid twice.
    await expectTrpcError(
      admin.adjudication.judgeServiceOrder({ ...input, idempotencyKey: submissionKey() }),
      "CONFLICT",
    );
    expect(await refundsOf(db, w.order.id)).toHaveLength(1);
  });

  it("AS-8: at processing the platform may send it back with the result it agrees to (fresh 48h)", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtProcessing(db, w);
    await expect(
      judgeServiceOrder(w.asAdmin(at(7 * H)), judge(id, { decision: "resume_processing", refundFen: 100 })),
    ).rejects.toMatchObject({ code: "AS_REFUND_AMOUNT_NOT_OPEN" });
    await judgeServiceOrder(
      w.asAdmin(at(7 * H)),
      judge(id, { decision: "resume_processing", agreedResult: "offline_exchange", rules: ["AS-4"] }),
    );
    expect(await serviceOrderRow(db, id)).toMatchObject({
      status: "awaiting_processing",
      agreedResult: "offline_exchange",
      dueKind: "processing",
      dueAt: at(7 * H + 48 * H),
    });
  });

  it("AS-8: disputed on-site work — not done sends it back on the AS-3 clock from approval; done completes", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const notDone = await escalatedAtCompletion(db, w);
    await expect(
      judgeServiceOrder(w.asAdmin(at(5 * H)), judge(notDone, { decision: "resume_visit", agreedResult: "refund" })),
    ).rejects.toMatchObject({ code: "AS_AGREED_RESULT_NOT_OPEN" });
    await judgeServiceOrder(w.asAdmin(at(5 * H)), judge(notDone, { decision: "resume_visit", rules: ["AS-3"] }));
    expect(await serviceOrderRow(db, notDone)).toMatchObject({
      status: "awaiting_visit",
      dueKind: "on_site",
      dueAt: at(H + 7 * D),
    });

    const w2 = await platformWorld(db);
    const done = await escalatedAtCompletion(db, w2);
    await judgeServiceOrder(w2.asAdmin(at(5 * H)), judge(done, { decision: "confirm_completion", rules: ["AS-3"] }));
    expect(await serviceOrderRow(db, done)).toMatchObject({ status: "completed", completedAt: at(5 * H) });
  });

  it("AS-8: cross-tenant — merchants and consumers are FORBIDDEN; an unknown or malformed id is NOT_FOUND", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtReview(db, w);
    const input = { ...judge(id), idempotencyKey: submissionKey() };
    await expectTrpcError(callerFor(db, w.merchant).adjudication.judgeServiceOrder(input), "FORBIDDEN");
    await expectTrpcError(callerFor(db, w.consumer).adjudication.judgeServiceOrder(input), "FORBIDDEN");
    await expect(judgeServiceOrder(w.asMerchant(at(5 * H)), judge(id))).rejects.toMatchObject({ kind: "FORBIDDEN" });
    const admin = callerFor(db, w.admin, { now: fixedClock(at(5 * H)) });
    await expectTrpcError(admin.adjudication.case({ kind: "service_order", id: crypto.randomUUID() }), "NOT_FOUND");
    await expectTrpcError(
      admin.adjudication.judgeServiceOrder({ ...judge("nope"), idempotencyKey: submissionKey() }),
      "NOT_FOUND",
    );
    expect((await serviceOrderRow(db, id)).status).toBe("platform_review");
  });

  it("AS-8: two adjudicators at once — one decision is made, the other is a stale-state error; one refund", async () => {
    const { db } = handle;
    const w = await platformWorld(db);
    const id = await escalatedAtProcessing(db, w);
    const other = await createAdmin(db);
    const results = await Promise.allSettled([
      judgeServiceOrder(w.asAdmin(at(7 * H)), judge(id, { decision: "refund", rules: ["AS-4"] })),
      judgeServiceOrder(
        serviceContext(db, other, { now: at(7 * H) }),
        judge(id, { decision: "refund", rules: ["AS-4"] }),
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" ? refused.reason : null).toMatchObject({ code: "AS_STALE_STATE" });
    expect(await refundsOf(db, w.order.id)).toHaveLength(1);
  });

  it("AS-8: the platform's 48h is its own service level — at due − 1 ms, at due and after, the case waits and may be decided", async () => {
    const { db } = handle;
    const due = at(3 * H + 48 * H); // escalated at +3h
    for (const when of [new Date(due.getTime() - 1), due, new Date(due.getTime() + H)]) {
      const w = await platformWorld(db);
      const id = await escalatedAtReview(db, w);
      // Scoped to this shop: a sweep of every shop at a future instant would move other test files' records.
      await runSweep(systemContext(db, when), { tasks: serviceOrderDeadlineTasksFor([w.shop.id]) });
      expect((await serviceOrderRow(db, id)).status).toBe("platform_review");
      const queue = await listAdjudicationQueue(w.asAdmin(when), { shopId: w.shop.id, limit: 10 });
      expect(queue.items.map((r) => [r.id, r.platformDueAt])).toEqual([[id, due]]);
      await judgeServiceOrder(w.asAdmin(when), judge(id));
      expect((await serviceOrderRow(db, id)).status).toBe("awaiting_return");
    }
  });
});
