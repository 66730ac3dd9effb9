import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createAdmin, openTestDb, serviceContext, uniqueToken, type Caller } from "@/server/test/harness";
import { anotherRequest, H, insertUrgeWorkOrder, urgeWorld, WO_NOW } from "@/server/test/fixtures/work-orders";
import { insertServiceOrder } from "@/server/test/fixtures/service-order-rows";
import { exportWarningQueue } from "./export-warning-queue";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

type QueueInput = Parameters<Caller["workOrder"]["merchant"]["queue"]>[0];
type QueuePage = Awaited<ReturnType<Caller["workOrder"]["merchant"]["queue"]>>;

const now = WO_NOW;
const at = (hours: number) => new Date(now.getTime() + hours * H);

async function allPages(caller: Caller, input: QueueInput): Promise<QueuePage["items"]> {
  const items: QueuePage["items"] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const page = await caller.workOrder.merchant.queue({ ...input, cursor });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not terminate");
}

/** A shop with urge work orders and service orders interleaved by deadline, plus rows the queue must not show. */
async function mixedQueue() {
  const { db } = handle;
  const world = await urgeWorld(db);
  const prefix = `S${uniqueToken(8)}`;
  const target = await anotherRequest(db, world, `${prefix}-W`);
  const wo = async (dueH: number) =>
    insertUrgeWorkOrder(db, await anotherRequest(db, world, `${prefix}-${dueH}`), {
      openedAt: at(-30),
      dueAt: at(dueH),
    });
  const so = (dueH: number, over: Parameters<typeof insertServiceOrder>[2] = {}) =>
    insertServiceOrder(
      db,
      { ...world, order: { ...target.order, items: [] } },
      { appliedAt: at(-40), dueAt: at(dueH), ...over },
    );
  const rows = {
    repairOverdue: await so(-24 * 5, { type: "repair", repairMode: "send_in", status: "repairing", dueKind: "repair" }),
    woOverdue: await wo(-1),
    review: await so(1),
    wo2h: await wo(2),
    processing: await so(5, { status: "awaiting_processing", dueKind: "processing" }),
    onSite: await so(30, { type: "installation", status: "awaiting_visit", dueKind: "on_site", requestedResult: null }),
  };
  // Not the merchant's clock (the consumer ships; a proposal waits), or finished: not in the queue.
  await so(3, { status: "awaiting_return", dueKind: "return_shipment" });
  await so(3, { status: "awaiting_consumer", dueKind: "consent" });
  await so(3, { status: "completed", dueKind: null, dueAt: null });
  return { world, prefix, rows };
}

describe("AS-6: service orders in the warning queue (工单预警)", () => {
  it("AS-6: a merchant's queue merges service orders with work orders by deadline, each with its own type and tier, across keyset pages", async () => {
    const { world, prefix, rows } = await mixedQueue();
    const caller = callerFor(handle.db, world.merchant, { now: fixedClock(now) });
    const input: QueueInput = { view: "active", orderNo: prefix, limit: 2 };

    const items = await allPages(caller, input);
    expect(items.map((r) => r.id)).toEqual([
      rows.repairOverdue.id,
      rows.woOverdue.id,
      rows.review.id,
      rows.wo2h.id,
      rows.processing.id,
      rows.onSite.id,
    ]);
    expect(items.map((r) => [r.kind, r.urgency])).toEqual([
      ["service_order", "overdue"],
      ["work_order", "overdue"],
      ["service_order", "under_2h"],
      ["work_order", "under_2h"],
      ["service_order", "under_6h"],
      ["service_order", "later"],
    ]);
    const first = items[0];
    expect(first?.kind === "service_order" && [first.serviceType, first.dueKind, first.status]).toEqual([
      "repair",
      "repair",
      "repairing",
    ]);

    const page = await caller.workOrder.merchant.queue({ ...input, limit: 20 });
    expect(page.counts).toEqual({ overdue: 2, under_2h: 2, under_6h: 1, under_24h: 0, later: 1 });
    const onlyServiceOrders = await caller.workOrder.merchant.queue({ ...input, type: "service_order", limit: 20 });
    expect(onlyServiceOrders.items.map((r) => r.id)).toEqual([
      rows.repairOverdue.id,
      rows.review.id,
      rows.processing.id,
      rows.onSite.id,
    ]);
    expect(onlyServiceOrders.counts).toEqual({ overdue: 1, under_2h: 1, under_6h: 1, under_24h: 0, later: 1 });
    const overdue = await caller.workOrder.merchant.queue({ ...input, urgency: "overdue", limit: 20 });
    expect(overdue.items.map((r) => r.id)).toEqual([rows.repairOverdue.id, rows.woOverdue.id]);
    // A work-order type or status filter, and the closed view, leave service orders out.
    const urgeOnly = await caller.workOrder.merchant.queue({ ...input, type: "urge_invoice", limit: 20 });
    expect(urgeOnly.items.map((r) => r.kind)).toEqual(["work_order", "work_order"]);
    const open = await caller.workOrder.merchant.queue({ ...input, status: "open", limit: 20 });
    expect(open.items.map((r) => r.kind)).toEqual(["work_order", "work_order"]);
    const closed = await caller.workOrder.merchant.queue({ ...input, view: "closed", limit: 20 });
    expect(closed.items).toEqual([]);
  });

  it("AS-6: another shop's merchant and the platform's queue never see a shop's service orders", async () => {
    const { prefix } = await mixedQueue();
    const other = await urgeWorld(handle.db);
    const otherPage = await callerFor(handle.db, other.merchant, { now: fixedClock(now) }).workOrder.merchant.queue({
      orderNo: prefix,
    });
    expect(otherPage.items).toEqual([]);
    const admin = await createAdmin(handle.db);
    const platform = await callerFor(handle.db, admin, { now: fixedClock(now) }).workOrder.admin.queue({
      orderNo: prefix,
      type: "service_order",
    });
    expect(platform.items).toEqual([]);
  });

  it("AS-6: the CSV export lists the service orders the queue shows, with their type and whose clock runs", async () => {
    const { world, prefix } = await mixedQueue();
    const ctx = serviceContext(handle.db, world.merchant, { now });
    const result = await exportWarningQueue(ctx, { view: "active", orderNo: prefix, type: "service_order" });
    expect(result.rows).toBe(4);
    const lines = result.csv.trim().split("\r\n");
    expect(lines[1]).toMatch(/^售后服务单 · 维修 AS\w+,S\w+-W,.*,维修中,/);
    expect(lines[4]).toMatch(/^售后服务单 · 安装 AS\w+,.*,待上门服务,/);
  });
});
