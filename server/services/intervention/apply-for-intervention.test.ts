import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { notifications, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { callerFor, createConsumer, openTestDb } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { actionsOf, applied, H, IV_NOW, world, workOrderRow } from "@/server/test/fixtures/intervention";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const ordersWorkOrders = (orderId: string) =>
  handle.db.select().from(workOrders).where(eq(workOrders.orderId, orderId));

describe("apply for platform intervention (申请平台介入)", () => {
  it("WO-1: applying opens a merchant work order with the claim, the policy version and the 48h deadline; the shop is notified", async () => {
    const w = await world(handle.db);
    const caller = callerFor(handle.db, w.consumer, { now: fixedClock(IV_NOW) });
    const result = await caller.intervention.consumer.applyIntervention({
      orderId: w.order.id,
      type: "not_received",
      claim: "物流显示已签收,但我没有收到包裹",
    });
    const row = await workOrderRow(handle.db, result.workOrderId);
    expect(row).toMatchObject({
      type: "not_received",
      status: "open",
      routedTo: "merchant",
      invoiceRequestId: null,
      claim: "物流显示已签收,但我没有收到包裹",
      policyId: "pdd.not_received",
      policyVersion: 1,
      shopId: w.shop.id,
      consumerId: w.consumer.consumer.id,
    });
    expect(row.openedAt.getTime()).toBe(IV_NOW.getTime());
    expect(row.dueAt?.getTime()).toBe(IV_NOW.getTime() + 48 * H);
    expect(await actionsOf(handle.db, row.id)).toEqual(["work_order.opened"]);
    const notes = await handle.db.select().from(notifications).where(eq(notifications.recordId, row.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      shopId: w.shop.id,
      kind: "work_order.opened",
      params: { type: "not_received", orderNo: w.order.orderNo },
    });
  });

  it("WO-1: missing items runs 24h and collaborative 24h under their own policies", async () => {
    const pdd = await world(handle.db);
    const missing = await workOrderRow(handle.db, await applied(handle.db, pdd, "missing_items"));
    expect(missing).toMatchObject({ policyId: "pdd.missing_items", policyVersion: 1 });
    expect(missing.dueAt?.getTime()).toBe(IV_NOW.getTime() + 24 * H);
    const tm = await world(handle.db, { style: "tmall" });
    const collab = await workOrderRow(handle.db, await applied(handle.db, tm, "collaborative"));
    expect(collab).toMatchObject({ policyId: "tm.collaborative", policyVersion: 1 });
    expect(collab.dueAt?.getTime()).toBe(IV_NOW.getTime() + 24 * H);
  });

  it("WO-TM-6: a worry-free purchase order is refused with an explanation and nothing is stored", async () => {
    const w = await world(handle.db, { style: "tmall", worryFree: true });
    const caller = callerFor(handle.db, w.consumer, { now: fixedClock(IV_NOW) });
    for (const type of ["not_received", "missing_items", "collaborative"] as const) {
      const error = await expectTrpcError(
        caller.intervention.consumer.applyIntervention({ orderId: w.order.id, type, claim: "申请平台介入处理" }),
        "BAD_REQUEST",
      );
      expect(error.message).toContain("无忧采购");
    }
    expect(await ordersWorkOrders(w.order.id)).toHaveLength(0);
  });

  it("WO-TM-1: collaborative work orders are only for Tmall/Taobao-style shops", async () => {
    const w = await world(handle.db, { style: "pdd" });
    const caller = callerFor(handle.db, w.consumer, { now: fixedClock(IV_NOW), locale: "en" });
    const error = await expectTrpcError(
      caller.intervention.consumer.applyIntervention({
        orderId: w.order.id,
        type: "collaborative",
        claim: "please help",
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("Tmall/Taobao");
    const taobao = await world(handle.db, { style: "taobao", status: "shipped" });
    expect(await applied(handle.db, taobao, "collaborative")).toBeTruthy();
  });

  it("WO-PDD-1: not received needs an order that shows signed (signed or completed); a shipped order is refused", async () => {
    const shipped = await world(handle.db, { status: "shipped" });
    const caller = callerFor(handle.db, shipped.consumer, { now: fixedClock(IV_NOW) });
    await expectTrpcError(
      caller.intervention.consumer.applyIntervention({
        orderId: shipped.order.id,
        type: "not_received",
        claim: "没有收到包裹",
      }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      caller.intervention.consumer.applyIntervention({
        orderId: shipped.order.id,
        type: "missing_items",
        claim: "少发了商品",
      }),
      "BAD_REQUEST",
    );
    expect(await ordersWorkOrders(shipped.order.id)).toHaveLength(0);
    const completed = await world(handle.db, { status: "completed" });
    expect(await applied(handle.db, completed, "not_received")).toBeTruthy();
  });

  it("WO-1: one intervention work order of a type per order at a time — applying again is a CONFLICT", async () => {
    const w = await world(handle.db);
    await applied(handle.db, w, "not_received");
    const caller = callerFor(handle.db, w.consumer, { now: fixedClock(IV_NOW) });
    const error = await expectTrpcError(
      caller.intervention.consumer.applyIntervention({
        orderId: w.order.id,
        type: "not_received",
        claim: "再次申请平台介入",
      }),
      "CONFLICT",
    );
    expect(error.message).toContain("处理中");
    expect(await ordersWorkOrders(w.order.id)).toHaveLength(1);
    // Another type on the same order is its own work order.
    await applied(handle.db, w, "missing_items");
    expect(await ordersWorkOrders(w.order.id)).toHaveLength(2);
  });

  it("WO-1: concurrent applications for one order and type open exactly one work order", async () => {
    const w = await world(handle.db);
    const caller = callerFor(handle.db, w.consumer, { now: fixedClock(IV_NOW) });
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        caller.intervention.consumer.applyIntervention({
          orderId: w.order.id,
          type: "missing_items",
          claim: "少发了一件商品",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await ordersWorkOrders(w.order.id)).toHaveLength(1);
  });

  it("SHOP-3: another consumer's order is NOT_FOUND, and so is a malformed id", async () => {
    const w = await world(handle.db);
    const stranger = await createConsumer(handle.db);
    const caller = callerFor(handle.db, stranger, { now: fixedClock(IV_NOW) });
    await expectTrpcError(
      caller.intervention.consumer.applyIntervention({
        orderId: w.order.id,
        type: "not_received",
        claim: "没有收到包裹",
      }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      caller.intervention.consumer.applyIntervention({ orderId: "nope", type: "not_received", claim: "没有收到包裹" }),
      "NOT_FOUND",
    );
    expect(await ordersWorkOrders(w.order.id)).toHaveLength(0);
  });
});
