import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { serviceOrderProposals } from "@/db/schema";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import { openTestDb, serviceContext } from "@/server/test/harness";
import {
  afterSalesWorld,
  insertProposal,
  type AfterSalesWorld,
  type ServiceOrderInsert,
} from "@/server/test/fixtures/service-order-rows";
import * as f from "@/server/test/fixtures/service-order-sweep";
import { listWarningQueue } from "../work-orders/list-warning-queue";
import { warningQueueInput } from "../work-orders/queue-filters";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const { T0, at } = f;
const sweep = (w: AfterSalesWorld, when: Date) => f.sweepShop(handle.db, w, when);
const running = (
  w: AfterSalesWorld,
  windowMs: number,
  over: ServiceOrderInsert,
  party?: "merchant" | "consumer" | "carrier",
) => f.running(handle.db, w, windowMs, over, party);
const current = (so: { id: string }) => f.current(handle.db, so);
const ticketsOf = (so: { id: string }) => f.ticketsOf(handle.db, so);
const notesOf = (so: { id: string }) => f.notesOf(handle.db, so);

const sendInRepair: ServiceOrderInsert = {
  type: "repair",
  repairMode: "send_in",
  reason: "quality_issue",
  requestedResult: "return_original",
  status: "repairing",
  dueKind: "repair",
  receivedAt: T0,
};

describe("AS-3: repair clocks", () => {
  it("AS-3/AS-6 (done-when 3): a send-in repair 30 days after receipt — nothing at −1 ms; at 30 days one AS-3 ticket (4 points) and the queue shows the row overdue; sweeping again raises nothing", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(w, 30 * DAY_MS, sendInRepair);
    await sweep(w, at(30 * DAY_MS - 1));
    expect(await ticketsOf(so)).toEqual([]);

    await sweep(w, at(30 * DAY_MS));
    expect(await ticketsOf(so)).toEqual([{ rule: "AS-3", points: 4, status: "pending" }]);
    const row = await current(so);
    expect([row.status, row.dueKind, row.dueHandledAt?.toISOString()]).toEqual([
      "repairing",
      "repair",
      "2026-04-14T04:00:00.000Z",
    ]);
    await sweep(w, at(31 * DAY_MS));
    expect(await ticketsOf(so)).toHaveLength(1);

    const queue = await listWarningQueue(
      serviceContext(handle.db, w.merchant, { now: at(31 * DAY_MS) }),
      warningQueueInput.parse({ type: "service_order" }),
    );
    expect(queue.items.map((r) => [r.id, r.kind, r.urgency])).toEqual([[so.id, "service_order", "overdue"]]);
    expect(queue.counts?.overdue).toBe(1);
  });

  it("AS-3/AS-6: on-site work not done 7 days after approval — nothing at −1 ms; at 7 days one AS-3 ticket, the row stays overdue", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(w, 7 * DAY_MS, {
      type: "installation",
      reason: "other",
      requestedResult: null,
      status: "visit_scheduled",
      dueKind: "on_site",
      approvedAt: T0,
    });
    await sweep(w, at(7 * DAY_MS - 1));
    expect(await ticketsOf(so)).toEqual([]);
    await sweep(w, at(7 * DAY_MS));
    await sweep(w, at(8 * DAY_MS));
    expect(await ticketsOf(so)).toEqual([{ rule: "AS-3", points: 4, status: "pending" }]);
    expect((await current(so)).status).toBe("visit_scheduled");
  });
});

describe("the consumer's clocks", () => {
  it("AS-2: the return not shipped within 7 days of approval — open at −1 ms; closed at 7 days (return_not_shipped), no ticket, the consumer told", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(
      w,
      7 * DAY_MS,
      { status: "awaiting_return", dueKind: "return_shipment", approvedAt: T0 },
      "consumer",
    );
    await sweep(w, at(7 * DAY_MS - 1));
    expect((await current(so)).status).toBe("awaiting_return");
    await sweep(w, at(7 * DAY_MS));
    const row = await current(so);
    expect([row.status, row.closeReason, row.closedAt?.toISOString()]).toEqual([
      "closed",
      "return_not_shipped",
      "2026-03-22T04:00:00.000Z",
    ]);
    expect(await ticketsOf(so)).toEqual([]);
    expect(await notesOf(so)).toEqual([
      ["consumer", "service_order.closed", expect.objectContaining({ why: "return_not_shipped" })],
    ]);
  });

  it("AS-3: the consumer silent 72h after the recorded completion — still checking at −1 ms; completed at 72h", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(
      w,
      72 * HOUR_MS,
      {
        type: "setup",
        reason: "other",
        requestedResult: null,
        status: "completion_check",
        dueKind: "completion_check",
      },
      "consumer",
    );
    await sweep(w, at(72 * HOUR_MS - 1));
    expect((await current(so)).status).toBe("completion_check");
    await sweep(w, at(72 * HOUR_MS));
    const row = await current(so);
    expect([row.status, row.completedAt?.toISOString()]).toEqual(["completed", "2026-03-18T04:00:00.000Z"]);
    expect(await ticketsOf(so)).toEqual([]);
  });
});

describe("AS-8: a proposal the consumer leaves alone lapses", () => {
  async function proposed(pausedMsLeft: number) {
    const w = await afterSalesWorld(handle.db);
    const so = await running(
      w,
      48 * HOUR_MS,
      {
        type: "exchange",
        reason: "quality_issue",
        requestedResult: "exchange_new",
        status: "awaiting_consumer",
        dueKind: "consent",
      },
      "consumer",
    );
    const proposal = await insertProposal(handle.db, so, { dueAt: at(48 * HOUR_MS), pausedMsLeft });
    return { w, so, proposal };
  }

  it("AS-8: pending at 48h − 1 ms; at 48h it lapses, the exchange stands and the merchant's review resumes with the 10h it had left", async () => {
    const { w, so, proposal } = await proposed(10 * HOUR_MS);
    await sweep(w, at(48 * HOUR_MS - 1));
    expect((await current(so)).status).toBe("awaiting_consumer");

    await sweep(w, at(48 * HOUR_MS));
    const row = await current(so);
    expect([row.status, row.agreedResult, row.requestedResult, row.dueKind, row.dueAt?.toISOString()]).toEqual([
      "pending_review",
      null,
      "exchange_new",
      "review",
      "2026-03-17T14:00:00.000Z",
    ]);
    const [p] = await handle.db.select().from(serviceOrderProposals).where(eq(serviceOrderProposals.id, proposal.id));
    expect([p?.status, p?.decidedBy, p?.decidedAt?.toISOString()]).toEqual([
      "lapsed",
      "system",
      "2026-03-17T04:00:00.000Z",
    ]);
    expect(await notesOf(so)).toEqual([
      [
        "merchant",
        "service_order.answered",
        expect.objectContaining({ decision: "lapsed", proposal: "change_result" }),
      ],
    ]);
    await sweep(w, at(49 * HOUR_MS));
    expect((await current(so)).status).toBe("pending_review");
    expect(await ticketsOf(so)).toEqual([]);
  });

  it("AS-8: a merchant with 1h left when it proposed gets the 4h floor back; a sweep that runs late counts from the lapse", async () => {
    const { w, so } = await proposed(HOUR_MS);
    await sweep(w, at(50 * HOUR_MS));
    const row = await current(so);
    expect([row.status, row.dueAt?.toISOString()]).toEqual(["pending_review", "2026-03-17T10:00:00.000Z"]);
  });
});

describe("SVC-2: a flash-refunded return that never arrives", () => {
  it("SVC-2: no delivery event 7 days after shipping — nothing at −1 ms; at 7 days flagged to the merchant once, the return still awaited", async () => {
    const w = await afterSalesWorld(handle.db);
    const so = await running(
      w,
      7 * DAY_MS,
      {
        status: "awaiting_receipt",
        dueKind: "return_arrival",
        shippedAt: T0,
        flashRefundedAt: T0,
        returnCarrier: "顺丰速运",
        returnTrackingNo: "SF1234567890",
        services: { fastReview: false, flashRefund: true, shippingInsurance: false },
      },
      "carrier",
    );
    await sweep(w, at(7 * DAY_MS - 1));
    expect((await current(so)).returnMissingFlaggedAt).toBeNull();
    await sweep(w, at(7 * DAY_MS));
    await sweep(w, at(8 * DAY_MS));
    const row = await current(so);
    expect([row.status, row.returnMissingFlaggedAt?.toISOString()]).toEqual([
      "awaiting_receipt",
      "2026-03-22T04:00:00.000Z",
    ]);
    expect(await notesOf(so)).toEqual([
      ["merchant", "service_order.return_missing", expect.objectContaining({ trackingNo: "SF1234567890" })],
    ]);
    expect(await ticketsOf(so)).toEqual([]);
  });
});

describe("NTF-1: reminders before the merchant's deadlines", () => {
  it("NTF-1: 4h before the review deadline the shop is reminded once — not at 4h + 1 ms before; never for the consumer's clocks", async () => {
    const w = await afterSalesWorld(handle.db);
    const review = await running(w, 48 * HOUR_MS, { reason: "quality_issue" });
    const consumerClock = await running(
      { ...w, order: { ...w.order, items: [] } },
      48 * HOUR_MS,
      { status: "awaiting_return", dueKind: "return_shipment" },
      "consumer",
    );
    await f.remindShop(handle.db, w, at(44 * HOUR_MS - 1));
    expect(await notesOf(review)).toEqual([]);
    await f.remindShop(handle.db, w, at(44 * HOUR_MS));
    await f.remindShop(handle.db, w, at(45 * HOUR_MS));
    expect(await notesOf(review)).toEqual([
      [
        "merchant",
        "service_order.reminder",
        expect.objectContaining({ dueKind: "review", dueAt: "2026-03-17T04:00:00.000Z" }),
      ],
    ]);
    expect((await current(review)).reminderSentAt?.toISOString()).toBe("2026-03-17T00:00:00.000Z");
    expect(await notesOf(consumerClock)).toEqual([]);
  });
});
