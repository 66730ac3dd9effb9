import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { notifications, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { disputeWorld, openRefused } from "@/server/test/fixtures/disputes";
import { H, insertUrgeWorkOrder, urgeWorld, type UrgeWorld } from "@/server/test/fixtures/work-orders";
import { callerFor, openTestDb, TEST_NOW } from "@/server/test/harness";
import { notificationTasksFor } from "./sweep-tasks";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** Far from other files' instants: their sweeps on the shared test:pg database never meet ours. */
const NTF_NOW = new Date("2037-06-01T02:00:00.000Z");

// Each test sweeps only its own shop (test files share one database under test:pg).
const sweep = (shopId: string, now: Date) =>
  runSweep(systemContext(handle.db, now), { tasks: notificationTasksFor([shopId]), batchSize: 10 });
const notesFor = (recordId: string, kind: string) =>
  handle.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recordId, recordId), eq(notifications.kind, kind)));

describe("NTF-1 — the shop is told at once", () => {
  it("NTF-1: a new urge work order notifies the shop at once", async () => {
    const world = await urgeWorld(handle.db, { now: NTF_NOW });
    const clock = fixedClock(NTF_NOW);
    const { workOrderId } = await callerFor(handle.db, world.consumer, { now: clock }).workOrder.consumer.urge({
      invoiceRequestId: world.request.id,
    });

    const asMerchant = callerFor(handle.db, world.merchant, { now: clock });
    expect(await asMerchant.notification.merchant.unreadCount()).toEqual({ unread: 1 });
    const { items } = await asMerchant.notification.merchant.list({});
    expect(items).toMatchObject([
      {
        kind: "work_order.opened",
        recordType: "work_order",
        recordId: workOrderId,
        href: `/merchant/work-orders/${workOrderId}`,
        readAt: null,
      },
    ]);
    expect(items[0]?.createdAt).toEqual(NTF_NOW);

    // Pressing 催开票 again returns the same work order and tells nobody twice.
    await callerFor(handle.db, world.consumer, { now: clock }).workOrder.consumer.urge({
      invoiceRequestId: world.request.id,
    });
    expect(await notesFor(workOrderId, "work_order.opened")).toHaveLength(1);
  });

  it("NTF-1: an FBP urge work order goes to the platform, so the shop is not notified", async () => {
    const world = await urgeWorld(handle.db, { now: NTF_NOW, businessMode: "FBP" });
    const clock = fixedClock(NTF_NOW);
    await callerFor(handle.db, world.consumer, { now: clock }).workOrder.consumer.urge({
      invoiceRequestId: world.request.id,
    });
    expect(await callerFor(handle.db, world.merchant, { now: clock }).notification.merchant.unreadCount()).toEqual({
      unread: 0,
    });
  });
});

describe("NTF-1 — one reminder before the deadline", () => {
  async function openWorkOrder(world: UrgeWorld) {
    return insertUrgeWorkOrder(handle.db, world, { openedAt: NTF_NOW, dueAt: new Date(NTF_NOW.getTime() + 24 * H) });
  }

  it("NTF-1: the 4h reminder fires once — at 4h+1ms left nothing, at exactly 4h left it fires, sweeping again sends nothing more", async () => {
    const world = await urgeWorld(handle.db, { now: NTF_NOW });
    const wo = await openWorkOrder(world);
    const due = wo.dueAt ?? NTF_NOW;
    const fourHoursLeft = new Date(due.getTime() - 4 * H);

    expect((await sweep(world.shop.id, new Date(fourHoursLeft.getTime() - 1))).applied["notification.remind"]).toBe(0);
    expect(await notesFor(wo.id, "work_order.reminder")).toHaveLength(0);

    expect((await sweep(world.shop.id, fourHoursLeft)).applied["notification.remind"]).toBe(1);
    const [reminder] = await notesFor(wo.id, "work_order.reminder");
    expect(reminder).toMatchObject({
      shopId: world.shop.id,
      consumerId: null,
      dedupeKey: `reminder:work_order:${wo.id}`,
      createdAt: fourHoursLeft,
    });
    const [row] = await handle.db.select().from(workOrders).where(eq(workOrders.id, wo.id));
    expect(row?.reminderSentAt).toEqual(fourHoursLeft);

    expect((await sweep(world.shop.id, fourHoursLeft)).applied["notification.remind"]).toBe(0);
    expect((await sweep(world.shop.id, new Date(due.getTime() - 1))).applied["notification.remind"]).toBe(0);
    expect(await notesFor(wo.id, "work_order.reminder")).toHaveLength(1);
  });

  it("NTF-1: no reminder once the deadline has passed, for a replied work order, or for an FBP one", async () => {
    const world = await urgeWorld(handle.db, { now: NTF_NOW });
    const late = await openWorkOrder(world);
    expect((await sweep(world.shop.id, late.dueAt ?? NTF_NOW)).applied["notification.remind"]).toBe(0);

    const replied = await urgeWorld(handle.db, { now: NTF_NOW });
    const answered = await openWorkOrder(replied);
    await callerFor(handle.db, replied.merchant, { now: fixedClock(NTF_NOW) }).workOrder.merchant.reply({
      workOrderId: answered.id,
      resolution: "agreed_no_invoice",
      note: "顾客同意无需开票",
    });
    expect((await sweep(replied.shop.id, new Date(NTF_NOW.getTime() + 21 * H))).applied["notification.remind"]).toBe(0);

    const fbp = await urgeWorld(handle.db, { now: NTF_NOW, businessMode: "FBP" });
    const platformOwned = await openWorkOrder(fbp);
    expect((await sweep(fbp.shop.id, new Date(NTF_NOW.getTime() + 21 * H))).applied["notification.remind"]).toBe(0);
    expect(await notesFor(platformOwned.id, "work_order.reminder")).toHaveLength(0);
  });

  it("NTF-1: a dispute awaiting the merchant is reminded once with 4h left — 1 ms earlier nothing, sweeping again nothing more", async () => {
    const w = await disputeWorld(handle.db);
    const { disputeId } = await openRefused(handle.db, w);
    expect(await notesFor(disputeId, "dispute.opened")).toMatchObject([{ shopId: w.shop.id }]);
    const due = new Date(TEST_NOW.getTime() + 24 * H);
    const fourHoursLeft = new Date(due.getTime() - 4 * H);

    expect((await sweep(w.shop.id, new Date(fourHoursLeft.getTime() - 1))).applied["notification.remind_dispute"]).toBe(
      0,
    );
    expect((await sweep(w.shop.id, fourHoursLeft)).applied["notification.remind_dispute"]).toBe(1);
    expect((await sweep(w.shop.id, fourHoursLeft)).applied["notification.remind_dispute"]).toBe(0);
    expect((await sweep(w.shop.id, new Date(due.getTime() - 1))).applied["notification.remind_dispute"]).toBe(0);
    expect(await notesFor(disputeId, "dispute.reminder")).toMatchObject([
      { shopId: w.shop.id, dedupeKey: `reminder:dispute:${disputeId}` },
    ]);

    const { items } = await w.asMerchant.notification.merchant.list({});
    expect(items.map((n) => [n.kind, n.href])).toEqual([
      ["dispute.reminder", `/merchant/disputes/${disputeId}`],
      ["dispute.opened", `/merchant/disputes/${disputeId}`],
    ]);
  });
});
