import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, delistingRequests, notifications } from "@/db/schema";
import { compensationFen, missingItemsCompensationV1 } from "@/server/domain/policies/missing-items";
import { currentWorkOrderPolicy } from "@/server/domain/policies/registry";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { openTestDb } from "@/server/test/harness";
import { workOrderDeadlineTasksFor } from "../work-orders/sweep-tasks";
import { actionsOf, applied, H, IV_NOW, refundsOf, world, workOrderRow } from "@/server/test/fixtures/intervention";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const sweep = (shopId: string, at: number) =>
  runSweep(systemContext(handle.db, new Date(at)), { tasks: workOrderDeadlineTasksFor([shopId]) });

describe("timeout consequences (WO-2 默认放弃处理)", () => {
  it("WO-PDD-1: 1 ms before 48h nothing happens; at 48h the sweeper expires it and refunds the order in full as a dispute refund — exactly once even when the sweep runs twice", async () => {
    const w = await world(handle.db, { amountFen: 25_800 });
    const id = await applied(handle.db, w, "not_received");
    const due = IV_NOW.getTime() + 48 * H;
    await sweep(w.shop.id, due - 1);
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
    expect(await refundsOf(handle.db, id)).toHaveLength(0);

    await sweep(w.shop.id, due);
    await sweep(w.shop.id, due + 1);
    const row = await workOrderRow(handle.db, id);
    expect(row).toMatchObject({ status: "expired", replyOnTime: false });
    const refunds = await refundsOf(handle.db, id);
    expect(refunds.map((r) => [r.kind, r.amountFen])).toEqual([["dispute_refund", 25_800]]);
    // The ledger says why: the platform's timeout rule, in words stored as a code (not prose).
    expect(refunds[0]).toMatchObject({
      cause: "timeout",
      reason: null,
      reasonMessage: {
        code: "workOrderTimeout",
        params: { policy: { "zh-CN": "未收到货工单", en: "Not-received work order" } },
      },
    });
    expect(await actionsOf(handle.db, id)).toEqual([
      "work_order.opened",
      "work_order.expired",
      "work_order.refund_made",
    ]);
    const notes = await handle.db.select().from(notifications).where(eq(notifications.recordId, id));
    expect(notes.filter((n) => n.kind === "work_order.decided").map((n) => n.consumerId)).toEqual([
      w.consumer.consumer.id,
    ]);
  });

  it("WO-2: the timeout is applied by the sweeper as the system", async () => {
    const w = await world(handle.db);
    const id = await applied(handle.db, w, "not_received");
    await sweep(w.shop.id, IV_NOW.getTime() + 48 * H);
    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.recordId, id));
    const expired = events.find((e) => e.action === "work_order.expired");
    expect(expired).toMatchObject({ actorRole: "system", actorId: null, fromState: "open", toState: "expired" });
  });

  it("WO-PDD-2: at 24h a timeout refunds in full, pays the documented compensation (10%, ¥5–¥200) and raises one delisting request", async () => {
    const w = await world(handle.db, { amountFen: 30_000 });
    const id = await applied(handle.db, w, "missing_items");
    const due = IV_NOW.getTime() + 24 * H;
    await sweep(w.shop.id, due - 1);
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
    await sweep(w.shop.id, due);
    await sweep(w.shop.id, due + 1);
    expect((await workOrderRow(handle.db, id)).status).toBe("expired");
    const refunds = await refundsOf(handle.db, id);
    expect(refunds.map((r) => [r.kind, r.amountFen]).sort()).toEqual([
      ["compensation", 3_000],
      ["dispute_refund", 30_000],
    ]);
    const delisting = await handle.db.select().from(delistingRequests).where(eq(delistingRequests.workOrderId, id));
    expect(delisting).toHaveLength(1);
    expect(delisting[0]).toMatchObject({
      shopId: w.shop.id,
      status: "open",
      reason: null,
      reasonMessage: { code: "workOrderTimeout" },
    });
    expect(refunds.map((r) => r.cause)).toEqual(["timeout", "timeout"]);
  });

  it("WO-PDD-2: the compensation rule is 10% of the order amount, at least ¥5, at most ¥200", () => {
    expect(compensationFen(missingItemsCompensationV1, 1_000)).toBe(500);
    expect(compensationFen(missingItemsCompensationV1, 30_000)).toBe(3_000);
    expect(compensationFen(missingItemsCompensationV1, 1_000_000)).toBe(20_000);
  });

  it("WO-TM-5: a collaborative work order not answered in 24h goes to platform judgment (open → judging), nothing is refunded; 1 ms before it stays open", async () => {
    const w = await world(handle.db, { style: "taobao" });
    const id = await applied(handle.db, w, "collaborative");
    const due = IV_NOW.getTime() + 24 * H;
    await sweep(w.shop.id, due - 1);
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
    await sweep(w.shop.id, due);
    await sweep(w.shop.id, due + 1);
    expect(await workOrderRow(handle.db, id)).toMatchObject({ status: "judging", replyOnTime: false });
    expect(await refundsOf(handle.db, id)).toHaveLength(0);
    expect(await actionsOf(handle.db, id)).toEqual(["work_order.opened", "work_order.sent_to_judgment"]);
  });

  it("WO-PDD-3: the not-received policy exposes the adjudicator's red-stamp review checklist", () => {
    const policy = currentWorkOrderPolicy("not_received");
    const keys = (policy.reviewChecklist ?? []).map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(["handwritten_fields", "signature_matches", "stamp_matches"]));
    for (const check of policy.reviewChecklist ?? []) expect(check.label["zh-CN"].length).toBeGreaterThan(0);
  });
});
