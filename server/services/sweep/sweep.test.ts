import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, invoiceRequests, violations, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { SYSTEM } from "@/server/services/acting";
import { issueInvoiceInTx } from "@/server/services/invoices/issue-invoice-core";
import { workOrderDeadlineTasksFor } from "@/server/services/work-orders/sweep-tasks";
import {
  createInvoiceFile,
  H,
  insertUrgeWorkOrder,
  urgeWorld,
  WO_NOW,
  type UrgeWorld,
} from "@/server/test/fixtures/work-orders";
import { callerFor, openTestDb } from "@/server/test/harness";
import { runSweep } from "./sweep";
import { systemContext } from "@/server/services/service-context";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

// Each test sweeps only its own shop: under `npm run test:pg` files share one database, and a
// sweep must not close work orders another file is still looking at. The claim query is the
// real one plus the shop filter; sweep.pg.test.ts runs the unfiltered task list.
const sweep = (world: UrgeWorld, now: Date) =>
  runSweep(systemContext(handle.db, now), { tasks: workOrderDeadlineTasksFor([world.shop.id]), batchSize: 10 });

async function load(id: string) {
  const [row] = await handle.db.select().from(workOrders).where(eq(workOrders.id, id));
  if (!row) throw new Error("work order vanished");
  return row;
}

const events = (id: string, action: string) =>
  handle.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, action)));
const violationsOf = (id: string) =>
  handle.db
    .select()
    .from(violations)
    .where(and(eq(violations.sourceType, "work_order"), eq(violations.sourceId, id)));

/** An open urge work order, promised by the merchant for `promisedAt`. */
async function promised(promisedAt: Date, opts: { businessMode?: "SOP" | "FBP" } = {}) {
  const world = await urgeWorld(handle.db, opts);
  const wo = await insertUrgeWorkOrder(handle.db, world, { dueAt: new Date(WO_NOW.getTime() + 24 * H) });
  const responder = opts.businessMode === "FBP" ? null : world.merchant;
  if (responder) {
    await callerFor(handle.db, responder, { now: fixedClock(new Date(WO_NOW.getTime() + H)) }).workOrder.merchant.reply(
      { workOrderId: wo.id, resolution: "agreed_invoice_date", promisedAt },
    );
  } else {
    await handle.db.update(workOrders).set({ status: "promised", dueAt: promisedAt }).where(eq(workOrders.id, wo.id));
  }
  return { world, wo };
}

describe("deadline sweeper — work orders", () => {
  it("INV-7: 1 ms before the deadline the work order stays open; at the deadline it expires; sweeping again changes nothing", async () => {
    const world = await urgeWorld(handle.db);
    const wo = await insertUrgeWorkOrder(handle.db, world, { openedAt: WO_NOW });
    const due = new Date(WO_NOW.getTime() + 24 * H);

    expect((await sweep(world, new Date(due.getTime() - 1))).applied["work_order.expire"]).toBe(0);
    expect((await load(wo.id)).status).toBe("open");

    expect((await sweep(world, due)).applied["work_order.expire"]).toBe(1);
    const expired = await load(wo.id);
    expect(expired).toMatchObject({ status: "expired", replyOnTime: false });
    expect(expired.closedAt?.toISOString()).toBe(due.toISOString());

    expect((await sweep(world, new Date(due.getTime() + H))).applied["work_order.expire"]).toBe(0);
    expect(await load(wo.id)).toEqual(expired);
    const expiredEvents = await events(wo.id, "work_order.expired");
    expect(expiredEvents).toHaveLength(1);
    expect(expiredEvents[0]).toMatchObject({ actorRole: "system", fromState: "open", toState: "expired" });
  });

  it("INV-7: a work order first swept well after its deadline expires once", async () => {
    const world = await urgeWorld(handle.db);
    const wo = await insertUrgeWorkOrder(handle.db, world, { openedAt: WO_NOW });
    const after = new Date(WO_NOW.getTime() + 30 * H);
    expect((await sweep(world, after)).applied["work_order.expire"]).toBe(1);
    expect((await sweep(world, after)).applied["work_order.expire"]).toBe(0);
    expect((await load(wo.id)).status).toBe("expired");
    expect(await events(wo.id, "work_order.expired")).toHaveLength(1);
  });

  it("INV-6: the agreed date passing without an invoice breaks the promise — nothing at −1 ms, broken + exactly one violation at the date, still one after sweeping again", async () => {
    const promisedAt = new Date(WO_NOW.getTime() + 72 * H);
    const { world, wo } = await promised(promisedAt);

    expect((await sweep(world, new Date(promisedAt.getTime() - 1))).applied["work_order.break_promise"]).toBe(0);
    expect((await load(wo.id)).status).toBe("promised");
    expect(await violationsOf(wo.id)).toHaveLength(0);

    expect((await sweep(world, promisedAt)).applied["work_order.break_promise"]).toBe(1);
    expect(await load(wo.id)).toMatchObject({ status: "broken" });
    const raised = await violationsOf(wo.id);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      shopId: world.shop.id,
      rule: "INV-6",
      points: 2,
      status: "pending",
      raisedBy: "system",
      reason: null,
    });
    expect(raised[0]?.reasonMessage).toEqual({
      code: "violationRule",
      params: { reason: { "zh-CN": "承诺开票时间未履约", en: "Agreed invoicing date passed without an invoice" } },
    });

    expect((await sweep(world, new Date(promisedAt.getTime() + 24 * H))).applied["work_order.break_promise"]).toBe(0);
    expect(await violationsOf(wo.id)).toHaveLength(1);
    expect(await events(wo.id, "work_order.promise_broken")).toHaveLength(1);
  });

  it("INV-6: an invoice issued before the agreed date keeps the promise — resolved, and the sweep raises no violation", async () => {
    const promisedAt = new Date(WO_NOW.getTime() + 72 * H);
    const { world, wo } = await promised(promisedAt);
    const fileId = await createInvoiceFile(handle.db, world.merchant.userId);
    await handle.db.transaction((tx) =>
      issueInvoiceInTx(tx, {
        request: world.request,
        invoiceNo: "FP-KEPT",
        fileId,
        by: { userId: world.merchant.userId, role: "merchant", name: world.merchant.name },
        now: new Date(promisedAt.getTime() - H),
      }),
    );
    expect(await load(wo.id)).toMatchObject({
      status: "resolved",
      reply: { resolution: "agreed_invoice_date", invoiceNo: "FP-KEPT" },
    });
    expect((await sweep(world, promisedAt)).applied["work_order.break_promise"]).toBe(0);
    expect(await violationsOf(wo.id)).toHaveLength(0);
    expect(await events(wo.id, "work_order.promise_kept")).toHaveLength(1);
  });

  it("INV-6: if the invoice is issued but the work order was left promised, the sweep keeps the promise instead of breaking it", async () => {
    const promisedAt = new Date(WO_NOW.getTime() + 72 * H);
    const { world, wo } = await promised(promisedAt);
    await handle.db
      .update(invoiceRequests)
      .set({ status: "issued", invoiceNo: "FP-OUTSIDE", issuedAt: new Date(promisedAt.getTime() - H) })
      .where(eq(invoiceRequests.id, world.request.id));
    expect((await sweep(world, promisedAt)).applied["work_order.break_promise"]).toBe(1);
    expect((await load(wo.id)).status).toBe("resolved");
    expect(await violationsOf(wo.id)).toHaveLength(0);
  });

  it("INV-7/INV-6: an invoice issued after a deadline but before the sweep gives the same outcome the sweep would have", async () => {
    const fileFor = (world: UrgeWorld) => createInvoiceFile(handle.db, world.merchant.userId);
    const issue = async (world: UrgeWorld, at: Date) => {
      const fileId = await fileFor(world);
      const by = { userId: world.merchant.userId, role: "merchant" as const, name: world.merchant.name };
      await handle.db.transaction((tx) =>
        issueInvoiceInTx(tx, { request: world.request, invoiceNo: `FP-${at.getTime()}`, fileId, by, now: at }),
      );
    };

    const lateWorld = await urgeWorld(handle.db);
    const open = await insertUrgeWorkOrder(handle.db, lateWorld, { openedAt: WO_NOW });
    await issue(lateWorld, new Date(WO_NOW.getTime() + 24 * H));
    expect(await load(open.id)).toMatchObject({ status: "expired" });
    expect(await events(open.id, "work_order.expired")).toHaveLength(1);

    const promisedAt = new Date(WO_NOW.getTime() + 72 * H);
    const { world, wo } = await promised(promisedAt);
    await issue(world, promisedAt);
    expect(await load(wo.id)).toMatchObject({ status: "broken" });
    expect(await violationsOf(wo.id)).toHaveLength(1);
    expect((await sweep(world, promisedAt)).applied["work_order.break_promise"]).toBe(0);
    expect(await violationsOf(wo.id)).toHaveLength(1);
  });

  it("INV-6/SHOP-1: a broken FBP promise was the platform's, so no violation is raised against the shop", async () => {
    const promisedAt = new Date(WO_NOW.getTime() + 48 * H);
    const { world, wo } = await promised(promisedAt, { businessMode: "FBP" });
    expect((await sweep(world, promisedAt)).applied["work_order.break_promise"]).toBe(1);
    expect((await load(wo.id)).status).toBe("broken");
    expect(await violationsOf(wo.id)).toHaveLength(0);
  });

  it("WO-2: the sweep is the system calling the same verb — audit events carry the system actor", async () => {
    const world = await urgeWorld(handle.db);
    const wo = await insertUrgeWorkOrder(handle.db, world, { openedAt: WO_NOW });
    await sweep(world, new Date(WO_NOW.getTime() + 24 * H));
    const [event] = await events(wo.id, "work_order.expired");
    expect(event).toMatchObject({ actorId: SYSTEM.userId, actorRole: "system" });
  });
});
