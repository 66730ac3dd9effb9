import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { violations, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { systemContext } from "@/server/services/service-context";
import { expireWorkOrder } from "@/server/services/work-orders/expire-work-order";
import { urgeWorld, WO_NOW, type UrgeWorld } from "@/server/test/fixtures/work-orders";
import { callerFor, createAdmin, openTestDb, submissionKey, type Caller } from "@/server/test/harness";

const RULES = "platform.violation_rules";
const key = () => ({ idempotencyKey: submissionKey() });

let handle: DbHandle;
let author: Caller;
let approver: Caller;

beforeAll(async () => {
  handle = await openTestDb();
  author = callerFor(handle.db, await createAdmin(handle.db));
  approver = callerFor(handle.db, await createAdmin(handle.db));
});
afterAll(async () => {
  await handle.close();
});

async function urge(w: UrgeWorld) {
  const asConsumer = callerFor(handle.db, w.consumer, { now: fixedClock(WO_NOW) });
  const { workOrderId } = await asConsumer.workOrder.consumer.urge({ invoiceRequestId: w.request.id });
  const [row] = await handle.db.select().from(workOrders).where(eq(workOrders.id, workOrderId));
  if (!row) throw new Error("work order missing");
  return row;
}

describe("violation rules as versions", () => {
  it("ROL-1: a work order keeps the violation rules it was opened under: its timeout ticket takes that version's points and appeal window", async () => {
    const { db } = handle;
    const draft = await author.policies.admin.createDraft({ ...key(), policyId: RULES });
    const policy = structuredClone(draft.policy);
    const timeouts = policy.workOrderTimeouts as Record<string, { points: number }>;
    policy.workOrderTimeouts = { ...timeouts, urge_invoice: { ...timeouts.urge_invoice, points: 3 } };
    policy.appealWindowMs = 3 * 24 * 3600_000;
    const saved = await author.policies.admin.updateDraft({ draftId: draft.id, policy });
    expect(saved.changes).toEqual([
      { path: "appealWindowMs", before: 604_800_000, after: 259_200_000 },
      { path: "workOrderTimeouts.urge_invoice.points", before: 2, after: 3 },
    ]);
    await approver.policies.admin.approveAndPublish({ ...key(), draftId: draft.id });

    const inside = await urgeWorld(db);
    const outside = await urgeWorld(db);
    await approver.policies.admin.setRollout({
      ...key(),
      policyId: RULES,
      version: 2,
      percentage: 0,
      shopIds: [inside.shop.id],
    });
    const insideRow = await urge(inside);
    const outsideRow = await urge(outside);
    expect([insideRow.violationRulePolicyVersion, outsideRow.violationRulePolicyVersion]).toEqual([2, 1]);

    // A rollback changes new items only: both work orders expire under the rules they pinned.
    await approver.policies.admin.rollBack({ ...key(), policyId: RULES });
    const expiry = systemContext(db, new Date("2036-03-16T04:01:00.000Z"));
    await expireWorkOrder(expiry, { workOrderId: insideRow.id });
    await expireWorkOrder(expiry, { workOrderId: outsideRow.id });
    const ticket = async (shopId: string) =>
      (await db.select().from(violations).where(eq(violations.shopId, shopId))).map((t) => [t.rule, t.points, t.dueAt]);
    expect(await ticket(inside.shop.id)).toEqual([["INV-7", 3, new Date("2036-03-19T04:01:00.000Z")]]);
    expect(await ticket(outside.shop.id)).toEqual([["INV-7", 2, new Date("2036-03-23T04:01:00.000Z")]]);
  });
});
