import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createAdmin, openTestDb, uniqueToken, type Caller } from "@/server/test/harness";
import {
  anotherRequest,
  expectTrpcError,
  H,
  insertUrgeWorkOrder,
  urgeWorld,
  WO_NOW,
} from "@/server/test/fixtures/work-orders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

type QueueInput = Parameters<Caller["workOrder"]["merchant"]["queue"]>[0];
type QueuePage = Awaited<ReturnType<Caller["workOrder"]["merchant"]["queue"]>>;

async function allPages(fetch: (cursor: string | undefined) => Promise<QueuePage>): Promise<QueuePage["items"]> {
  const items: QueuePage["items"] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const page = await fetch(cursor);
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not terminate");
}

const now = WO_NOW;
const at = (hours: number) => new Date(now.getTime() + hours * H);

describe("work-order warning queue (工单预警)", () => {
  it("INV-9: the merchant queue lists open and promised urge work orders by deadline with urgency tiers, counts, filters and keyset pages", async () => {
    const world = await urgeWorld(handle.db);
    const prefix = `Q${uniqueToken(8)}`;
    // Deadlines around every tier edge; two share a deadline so the id breaks the tie.
    const plan: { dueH: number; status: "open" | "promised"; tier: string }[] = [
      { dueH: 0, status: "open", tier: "overdue" },
      { dueH: -5, status: "open", tier: "overdue" },
      { dueH: 2, status: "open", tier: "under_2h" },
      { dueH: 2, status: "open", tier: "under_2h" },
      { dueH: 6, status: "open", tier: "under_6h" },
      { dueH: 23, status: "open", tier: "under_24h" },
      { dueH: 72, status: "promised", tier: "later" },
    ];
    const created: { id: string; dueAt: Date; tier: string; orderNo: string }[] = [];
    for (const [i, p] of plan.entries()) {
      const orderNo = `${prefix}-${i}`;
      const target = await anotherRequest(handle.db, world, orderNo);
      const row = await insertUrgeWorkOrder(handle.db, target, {
        status: p.status,
        openedAt: at(-30),
        dueAt: at(p.dueH),
      });
      created.push({ id: row.id, dueAt: at(p.dueH), tier: p.tier, orderNo });
    }
    const closed = await insertUrgeWorkOrder(handle.db, await anotherRequest(handle.db, world, `${prefix}-c`), {
      status: "expired",
      openedAt: at(-40),
      dueAt: at(-16),
      closedAt: at(-16),
    });

    const caller = callerFor(handle.db, world.merchant, { now: fixedClock(now) });
    const query = (input: QueueInput = {}) => caller.workOrder.merchant.queue(input);
    const expected = [...created].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : 1));

    const items = await allPages((cursor) => query({ limit: 2, cursor }));
    expect(items.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    expect(items.map((r) => r.urgency)).toEqual(expected.map((e) => e.tier));
    expect(items[0]).toMatchObject({
      type: "urge_invoice",
      consumerName: world.consumer.name,
      shopName: world.shop.name,
      orderNo: expected[0]?.orderNo,
    });

    const first = await query();
    expect(first.counts).toEqual({ overdue: 2, under_2h: 2, under_6h: 1, under_24h: 1, later: 1 });

    const urgent = await query({ urgency: "under_2h" });
    expect(urgent.items.map((r) => r.urgency)).toEqual(["under_2h", "under_2h"]);
    expect(urgent.counts).toEqual(first.counts);
    expect((await query({ status: "promised" })).items.map((r) => r.status)).toEqual(["promised"]);
    expect((await query({ orderNo: `${prefix}-4` })).items.map((r) => r.id)).toEqual([created[4]?.id]);
    expect((await query({ type: "not_received" })).items).toEqual([]);

    const history = await query({ view: "closed" });
    expect(history.items.map((r) => r.id)).toEqual([closed.id]);
    expect(history.counts).toBeNull();

    await expectTrpcError(query({ cursor: "garbage" }), "BAD_REQUEST");
  });

  it("INV-9/SHOP-1: FBP work orders are absent from the merchant queue and present in the admin queue; SOP ones the other way round", async () => {
    const fbp = await urgeWorld(handle.db, { businessMode: "FBP" });
    const sop = await urgeWorld(handle.db);
    const fbpWo = await insertUrgeWorkOrder(handle.db, fbp, { dueAt: at(3) });
    const sopWo = await insertUrgeWorkOrder(handle.db, sop, { dueAt: at(3) });

    const fbpMerchant = callerFor(handle.db, fbp.merchant, { now: fixedClock(now) });
    expect((await fbpMerchant.workOrder.merchant.queue({})).items).toEqual([]);
    const sopMerchant = callerFor(handle.db, sop.merchant, { now: fixedClock(now) });
    expect((await sopMerchant.workOrder.merchant.queue({})).items.map((r) => r.id)).toEqual([sopWo.id]);

    const admin = callerFor(handle.db, await createAdmin(handle.db), { now: fixedClock(now) });
    const forFbp = await admin.workOrder.admin.queue({ orderNo: fbp.order.orderNo });
    expect(forFbp.items.map((r) => r.id)).toEqual([fbpWo.id]);
    expect(forFbp.items[0]).toMatchObject({ shopName: fbp.shop.name, urgency: "under_6h" });
    expect((await admin.workOrder.admin.queue({ orderNo: sop.order.orderNo })).items).toEqual([]);
  });

  it("SHOP-3: a consumer cannot read a queue (FORBIDDEN)", async () => {
    const world = await urgeWorld(handle.db);
    await expectTrpcError(callerFor(handle.db, world.consumer).workOrder.merchant.queue({}), "FORBIDDEN");
  });
});
