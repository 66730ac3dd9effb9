import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { type Caller, callerFor, openTestDb, submissionKey } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
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

const adminOf = (w: CaseWorld): Caller => callerFor(handle.db, w.admin, { now: fixedClock(AD_NOW) });
type QueueInput = Parameters<Caller["adjudication"]["queue"]>[0];
/** The queue of one shop (tests share the database: the shop filter isolates them). */
const queueOf = async (w: CaseWorld, input: Omit<QueueInput, "shopId"> = {}) =>
  (await adminOf(w).adjudication.queue({ ...input, shopId: w.shop.id })).items.map((i) => i.id);

describe("the adjudication queue", () => {
  it("DSP-5/WO-TM-4/WO-TM-5: disputes in judgment and work orders in review or judgment, one queue, oldest at the platform first", async () => {
    const w = await caseWorld(handle.db);
    const d1 = await insertJudgingDispute(handle.db, w, { since: ago(10) });
    const w1 = await insertPlatformWorkOrder(handle.db, w, { since: ago(30), type: "not_received", status: "judging" });
    const w2 = await insertPlatformWorkOrder(handle.db, w, {
      since: ago(5),
      type: "collaborative",
      status: "reviewing",
    });
    const d2 = await insertJudgingDispute(handle.db, w, { since: ago(50), scenario: "invoice_refused" });
    const page = await adminOf(w).adjudication.queue({ shopId: w.shop.id });
    expect(page.items.map((i) => [i.id, i.kind, i.type, i.stage])).toEqual([
      [d2.id, "dispute", "invoice_refused", "judging"],
      [w1.id, "work_order", "not_received", "judging"],
      [d1.id, "dispute", "invoice_urged", "judging"],
      [w2.id, "work_order", "collaborative", "reviewing"],
    ]);
    expect(page.items[0]).toMatchObject({
      shopName: w.shop.name,
      marketplaceStyle: "jd",
      consumerName: w.consumer.name,
      amountFen: 9_900,
      waitedMs: 50 * H,
    });
    expect(page.nextCursor).toBeNull();
  });

  it("DSP-5/WO-TM-4: each case carries the platform's own deadline — 48h to judge, 24h for a cancel dispute, 72h for 二审", async () => {
    const w = await caseWorld(handle.db, { style: "tmall" });
    const since = ago(3);
    const urged = await insertJudgingDispute(handle.db, w, { since, scenario: "invoice_urged" });
    const cancel = await insertJudgingDispute(handle.db, w, { since, scenario: "order_cancel" });
    const judging = await insertPlatformWorkOrder(handle.db, w, { since, type: "missing_items", status: "judging" });
    const review = await insertPlatformWorkOrder(handle.db, w, { since, type: "collaborative", status: "reviewing" });
    const items = (await adminOf(w).adjudication.queue({ shopId: w.shop.id })).items;
    const due = (id: string) => items.find((i) => i.id === id)?.platformDueAt.getTime();
    expect(due(urged.id)).toBe(since.getTime() + 48 * H);
    expect(due(cancel.id)).toBe(since.getTime() + 24 * H);
    expect(due(judging.id)).toBe(since.getTime() + 48 * H);
    expect(due(review.id)).toBe(since.getTime() + 72 * H);
  });

  it("DSP-5: filters — case type, stage, shop and marketplace style", async () => {
    const w = await caseWorld(handle.db, { style: "pdd" });
    const d = await insertJudgingDispute(handle.db, w, { since: ago(20) });
    const nr = await insertPlatformWorkOrder(handle.db, w, { since: ago(15), type: "not_received" });
    const rv = await insertPlatformWorkOrder(handle.db, w, {
      since: ago(12),
      type: "collaborative",
      status: "reviewing",
    });
    const cj = await insertPlatformWorkOrder(handle.db, w, {
      since: ago(11),
      type: "collaborative",
      status: "judging",
    });
    expect(await queueOf(w, { type: "invoice_urged" })).toEqual([d.id]);
    expect(await queueOf(w, { type: "invoice_refused" })).toEqual([]);
    expect(await queueOf(w, { type: "not_received" })).toEqual([nr.id]);
    expect(await queueOf(w, { type: "collaborative" })).toEqual([rv.id, cj.id]);
    expect(await queueOf(w, { stage: "reviewing" })).toEqual([rv.id]);
    expect(await queueOf(w, { stage: "judging" })).toEqual([d.id, nr.id, cj.id]);
    expect(await queueOf(w, { type: "collaborative", stage: "judging" })).toEqual([cj.id]);
    expect(await queueOf(w, { style: "pdd" })).toEqual([d.id, nr.id, rv.id, cj.id]);
    expect(await queueOf(w, { style: "jd" })).toEqual([]);
    // Another shop's cases never show under this shop.
    const other = await caseWorld(handle.db, { style: "pdd" });
    await insertJudgingDispute(handle.db, other, { since: ago(30) });
    expect(await queueOf(w)).toEqual([d.id, nr.id, rv.id, cj.id]);
  });

  it("DSP-5: waiting-time buckets split at exactly 24h, 48h and 72h", async () => {
    const w = await caseWorld(handle.db);
    const justUnder24 = await insertJudgingDispute(handle.db, w, { since: ago(24, -1) });
    const at24 = await insertPlatformWorkOrder(handle.db, w, { since: ago(24) });
    const justUnder48 = await insertJudgingDispute(handle.db, w, { since: ago(48, -1) });
    const at48 = await insertJudgingDispute(handle.db, w, { since: ago(48) });
    const at72 = await insertPlatformWorkOrder(handle.db, w, {
      since: ago(72),
      status: "reviewing",
      type: "collaborative",
    });
    const after72 = await insertJudgingDispute(handle.db, w, { since: ago(72, 1) });
    expect(await queueOf(w, { waiting: "under_24h" })).toEqual([justUnder24.id]);
    expect(await queueOf(w, { waiting: "24h_48h" })).toEqual([justUnder48.id, at24.id]);
    expect(await queueOf(w, { waiting: "48h_72h" })).toEqual([at48.id]);
    expect(await queueOf(w, { waiting: "over_72h" })).toEqual([after72.id, at72.id]);
  });

  it("DSP-5: keyset pagination over both kinds — pages join up without gaps or repeats, ties broken by id", async () => {
    const w = await caseWorld(handle.db);
    const tie = ago(40);
    const made = [
      await insertJudgingDispute(handle.db, w, { since: tie }),
      await insertPlatformWorkOrder(handle.db, w, { since: tie }),
      await insertJudgingDispute(handle.db, w, { since: tie }),
      await insertPlatformWorkOrder(handle.db, w, { since: ago(35), status: "reviewing", type: "collaborative" }),
      await insertJudgingDispute(handle.db, w, { since: ago(20) }),
    ];
    const expected = [
      ...made
        .slice(0, 3)
        .map((r) => r.id)
        .sort(),
      made[3]?.id,
      made[4]?.id,
    ];
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pageNo = 0; pageNo < 5; pageNo++) {
      const page = await adminOf(w).adjudication.queue({ shopId: w.shop.id, limit: 2, cursor });
      seen.push(...page.items.map((i) => i.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(expected);
    await expectTrpcError(adminOf(w).adjudication.queue({ cursor: "not-a-cursor" }), "BAD_REQUEST");
    await expectTrpcError(adminOf(w).adjudication.queue({ shopId: "x" }), "BAD_REQUEST");
  });

  it("SHOP-3: only admins may use the console — merchants and consumers are FORBIDDEN everywhere in it", async () => {
    const w = await caseWorld(handle.db);
    const d = await insertJudgingDispute(handle.db, w, { since: ago(2) });
    const wo = await insertPlatformWorkOrder(handle.db, w, { since: ago(2) });
    for (const who of [w.merchant, w.consumer]) {
      const c = callerFor(handle.db, who, { now: fixedClock(AD_NOW) });
      await expectTrpcError(c.adjudication.queue({}), "FORBIDDEN");
      await expectTrpcError(c.adjudication.shops(), "FORBIDDEN");
      await expectTrpcError(c.adjudication.case({ kind: "dispute", id: d.id }), "FORBIDDEN");
      await expectTrpcError(
        c.adjudication.judgeDispute({
          idempotencyKey: submissionKey(),
          disputeId: d.id,
          liableParty: "consumer",
          remedy: "none",
          reason: "自己给自己判责",
          rules: ["DSP-5"],
        }),
        "FORBIDDEN",
      );
      await expectTrpcError(
        c.adjudication.decideWorkOrder({
          idempotencyKey: submissionKey(),
          workOrderId: wo.id,
          liableParty: "none",
          reason: "自己给自己判责",
          rules: ["DSP-5"],
        }),
        "FORBIDDEN",
      );
    }
    await expectTrpcError(callerFor(handle.db, null).adjudication.queue({}), "UNAUTHORIZED");
  });
});
