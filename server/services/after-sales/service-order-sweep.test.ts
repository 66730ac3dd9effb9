import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { refunds, serviceOrderItems } from "@/db/schema";
import { HOUR_MS } from "@/server/domain/time";
import { openTestDb } from "@/server/test/harness";
import {
  afterSalesWorld,
  type AfterSalesWorld,
  type ServiceOrderInsert,
} from "@/server/test/fixtures/service-order-rows";
import * as f from "@/server/test/fixtures/service-order-sweep";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const { T0, at } = f;
const sweep = (w: AfterSalesWorld, when: Date) => f.sweepShop(handle.db, w, when);
const running = (w: AfterSalesWorld, windowMs: number, over: ServiceOrderInsert) =>
  f.running(handle.db, w, windowMs, over);
const current = (so: { id: string }) => f.current(handle.db, so);
const ticketsOf = (so: { id: string }) => f.ticketsOf(handle.db, so);
const ledgerOf = (so: { id: string }) => f.ledgerOf(handle.db, so);
const notesOf = (so: { id: string }) => f.notesOf(handle.db, so);

describe("after-sales deadlines fire by themselves", () => {
  it("AS-2/AS-6 (done-when 4): a review left alone — at 48h − 1 ms nothing; at 48h the system approves and one AS-2 ticket exists; sweeping again changes nothing", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(w, 48 * HOUR_MS, { reason: "quality_issue" });

    await sweep(w, at(48 * HOUR_MS - 1));
    expect((await current(so)).status).toBe("pending_review");
    expect(await ticketsOf(so)).toEqual([]);

    await sweep(w, at(48 * HOUR_MS));
    const approved = await current(so);
    expect([approved.status, approved.approvedBy, approved.approvedAt?.toISOString()]).toEqual([
      "awaiting_return",
      "system",
      "2026-03-17T04:00:00.000Z",
    ]);
    // The consumer now has 7 days to ship the return.
    expect([approved.dueKind, approved.dueAt?.toISOString()]).toEqual(["return_shipment", "2026-03-24T04:00:00.000Z"]);
    expect(await ticketsOf(so)).toEqual([{ rule: "AS-2", points: 2, status: "pending" }]);
    expect(await ledgerOf(so)).toEqual([
      ["review", "merchant", "missed", "2026-03-17T04:00:00.000Z"],
      ["return_shipment", "consumer", null, null],
    ]);
    expect(await notesOf(so)).toEqual([
      ["consumer", "service_order.approved", expect.objectContaining({ basis: "review_timeout" })],
    ]);

    await sweep(w, at(48 * HOUR_MS + 1));
    await sweep(w, at(49 * HOUR_MS));
    expect(await ticketsOf(so)).toHaveLength(1);
    expect((await current(so)).status).toBe("awaiting_return");
  });

  it("AS-2: a 七天无理由 review has 24h — nothing at 24h − 1 ms, approved at 24h; a sweep that runs late applies it all the same", async () => {
    const w = await afterSalesWorld(handle.db);
    const onTime = await running(w, 24 * HOUR_MS, { reason: "no_reason_7d" });
    await sweep(w, at(24 * HOUR_MS - 1));
    expect((await current(onTime)).status).toBe("pending_review");
    await sweep(w, at(24 * HOUR_MS));
    expect((await current(onTime)).status).toBe("awaiting_return");

    const w2 = await afterSalesWorld(handle.db);
    const late = await running(w2, 24 * HOUR_MS, { reason: "no_reason_7d" });
    await sweep(w2, at(30 * HOUR_MS));
    const row = await current(late);
    expect([row.status, row.approvedAt?.toISOString()]).toEqual(["awaiting_return", "2026-03-16T10:00:00.000Z"]);
    expect(await ticketsOf(late)).toEqual([{ rule: "AS-2", points: 2, status: "pending" }]);
  });

  it("AS-2: an on-site request left unreviewed is approved for a visit (the AS-3 7-day clock starts)", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(w, 48 * HOUR_MS, {
      type: "repair",
      repairMode: "on_site",
      reason: "quality_issue",
      requestedResult: null,
    });
    await sweep(w, at(48 * HOUR_MS));
    const row = await current(so);
    expect([row.status, row.dueKind, row.dueAt?.toISOString()]).toEqual([
      "awaiting_visit",
      "on_site",
      "2026-03-24T04:00:00.000Z",
    ]);
  });

  it("AS-4/AS-6: a return not processed 48h after receipt — nothing at −1 ms; at 48h refunded in full once (cause after_sales) and one AS-4 ticket", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(w, 48 * HOUR_MS, {
      status: "awaiting_processing",
      dueKind: "processing",
      receivedAt: T0,
      receivedBy: "system",
    });
    await sweep(w, at(48 * HOUR_MS - 1));
    expect((await current(so)).status).toBe("awaiting_processing");

    await sweep(w, at(48 * HOUR_MS));
    const row = await current(so);
    expect([row.status, row.processedResult, row.processedBy, row.refundFen]).toEqual([
      "completed",
      "refund",
      "system",
      29_900,
    ]);
    const paid = await handle.db
      .select({ amountFen: refunds.amountFen, cause: refunds.cause, kind: refunds.kind })
      .from(refunds)
      .where(and(eq(refunds.sourceType, "service_order"), eq(refunds.sourceId, so.id)));
    expect(paid).toEqual([{ amountFen: 29_900, cause: "after_sales", kind: "order_refund" }]);
    expect(await ticketsOf(so)).toEqual([{ rule: "AS-4", points: 2, status: "pending" }]);
    const items = await handle.db.select().from(serviceOrderItems).where(eq(serviceOrderItems.serviceOrderId, so.id));
    expect(items.map((i) => i.live)).toEqual([false]);
    expect(await notesOf(so)).toEqual([
      ["consumer", "service_order.processed", expect.objectContaining({ result: "refund", amountFen: 29_900 })],
    ]);

    await sweep(w, at(50 * HOUR_MS));
    expect(await ticketsOf(so)).toHaveLength(1);
    expect(
      await handle.db
        .select()
        .from(refunds)
        .where(and(eq(refunds.sourceType, "service_order"), eq(refunds.sourceId, so.id))),
    ).toHaveLength(1);
  });

  it("AS-4/AS-6: an exchange not processed in 48h raises the ticket once and stays overdue (the system cannot ship the new goods)", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(w, 48 * HOUR_MS, {
      type: "exchange",
      reason: "quality_issue",
      requestedResult: "exchange_new",
      status: "awaiting_processing",
      dueKind: "processing",
      receivedAt: T0,
    });
    await sweep(w, at(48 * HOUR_MS));
    await sweep(w, at(60 * HOUR_MS));
    const row = await current(so);
    expect([row.status, row.dueKind, row.dueHandledAt?.toISOString()]).toEqual([
      "awaiting_processing",
      "processing",
      "2026-03-17T04:00:00.000Z",
    ]);
    expect(await ticketsOf(so)).toEqual([{ rule: "AS-4", points: 2, status: "pending" }]);
    expect(await ledgerOf(so)).toEqual([["processing", "merchant", "missed", "2026-03-17T04:00:00.000Z"]]);
  });
});
