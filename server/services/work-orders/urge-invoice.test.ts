import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { callerFor, createConsumer, openTestDb } from "@/server/test/harness";
import { D, expectTrpcError, H, urgeWorld, WO_NOW } from "@/server/test/fixtures/work-orders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function urgeWorkOrders(requestId: string) {
  return handle.db.select().from(workOrders).where(eq(workOrders.invoiceRequestId, requestId));
}

describe("urge invoice (催开票)", () => {
  it("INV-4: urging opens one open work order routed to the invoicing party, due in 24h under the current policy, audited", async () => {
    const world = await urgeWorld(handle.db);
    const caller = callerFor(handle.db, world.consumer, { now: fixedClock(WO_NOW) });
    const result = await caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id });
    expect(result.created).toBe(true);

    const [wo] = await urgeWorkOrders(world.request.id);
    expect(wo).toMatchObject({
      id: result.workOrderId,
      type: "urge_invoice",
      status: "open",
      routedTo: "merchant",
      shopId: world.shop.id,
      orderId: world.order.id,
      consumerId: world.consumer.consumer.id,
      policyId: "jd.urge_invoice",
      policyVersion: 1,
    });
    expect(wo?.openedAt.toISOString()).toBe(WO_NOW.toISOString());
    expect(wo?.dueAt?.getTime()).toBe(WO_NOW.getTime() + 24 * H);

    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.recordId, result.workOrderId));
    expect(events.map((e) => e.action)).toEqual(["work_order.opened"]);
    expect(events[0]).toMatchObject({
      actorRole: "consumer",
      actorId: world.consumer.userId,
      toState: "open",
      shopId: world.shop.id,
    });
  });

  it("INV-4: urging twice opens nothing new — the same open work order comes back", async () => {
    const world = await urgeWorld(handle.db);
    const clock = fixedClock(WO_NOW);
    const caller = callerFor(handle.db, world.consumer, { now: clock });
    const first = await caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id });
    clock.advance(5 * 60_000);
    const second = await caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id });
    expect(second).toEqual({ workOrderId: first.workOrderId, created: false });
    expect(await urgeWorkOrders(world.request.id)).toHaveLength(1);
    const opened = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, first.workOrderId), eq(auditEvents.action, "work_order.opened")));
    expect(opened).toHaveLength(1);
  });

  it("INV-4: five concurrent presses open exactly one work order", async () => {
    const world = await urgeWorld(handle.db);
    const caller = callerFor(handle.db, world.consumer, { now: fixedClock(WO_NOW) });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id })),
    );
    const ids = new Set(results.map((r) => r.workOrderId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await urgeWorkOrders(world.request.id)).toHaveLength(1);
  });

  it("INV-3/INV-4: at exactly 10 days since the request urging is refused and nothing is stored; 1 ms later it opens", async () => {
    const world = await urgeWorld(handle.db, { requestedAgoMs: 10 * D });
    const clock = fixedClock(WO_NOW);
    const caller = callerFor(handle.db, world.consumer, { now: clock });
    const error = await expectTrpcError(
      caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("10 天");
    expect(await urgeWorkOrders(world.request.id)).toHaveLength(0);

    clock.advance(1);
    const ok = await caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id });
    expect(ok.created).toBe(true);
  });

  it("SHOP-1: an FBP shop's urge work order is routed to the platform", async () => {
    const world = await urgeWorld(handle.db, { businessMode: "FBP" });
    const caller = callerFor(handle.db, world.consumer, { now: fixedClock(WO_NOW) });
    await caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id });
    const [wo] = await urgeWorkOrders(world.request.id);
    expect(wo?.routedTo).toBe("platform");
  });

  it("INV-4: another consumer cannot urge someone else's request (NOT_FOUND), nor with a malformed id", async () => {
    const world = await urgeWorld(handle.db);
    const stranger = await createConsumer(handle.db);
    const caller = callerFor(handle.db, stranger, { now: fixedClock(WO_NOW) });
    await expectTrpcError(caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id }), "NOT_FOUND");
    await expectTrpcError(caller.workOrder.consumer.urge({ invoiceRequestId: "not-a-uuid" }), "NOT_FOUND");
    expect(await urgeWorkOrders(world.request.id)).toHaveLength(0);
  });

  it("INV-4: a merchant cannot use the consumer's urge (FORBIDDEN)", async () => {
    const world = await urgeWorld(handle.db);
    const caller = callerFor(handle.db, world.merchant, { now: fixedClock(WO_NOW) });
    await expectTrpcError(caller.workOrder.consumer.urge({ invoiceRequestId: world.request.id }), "FORBIDDEN");
  });
});
