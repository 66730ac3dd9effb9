import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { serviceOrderDeadlines } from "@/db/schema";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import { createAdmin, openTestDb, serviceContext, uniqueToken } from "@/server/test/harness";
import { afterSalesWorld, type ServiceOrderInsert } from "@/server/test/fixtures/service-order-rows";
import * as f from "@/server/test/fixtures/service-order-sweep";
import { listReturnParcels, reportReturnSigned } from "./report-return-signed";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const { T0, at } = f;
const SIGNED_AT = at(2 * DAY_MS);

/** A return on its way back since T0, with its tracking number. */
async function inTransit(over: ServiceOrderInsert = {}, businessMode: "SOP" | "FBP" = "SOP") {
  const w = await afterSalesWorld(handle.db, { businessMode });
  const trackingNo = `SF${uniqueToken(10)}`;
  const so = await f.running(handle.db, w, 7 * DAY_MS, {
    status: "awaiting_receipt",
    dueKind: null,
    dueAt: null,
    approvedAt: T0,
    shippedAt: T0,
    returnCarrier: "顺丰速运",
    returnTrackingNo: trackingNo,
    ...over,
  });
  const admin = await createAdmin(handle.db);
  return { w, so, trackingNo, ctx: serviceContext(handle.db, admin, { now: SIGNED_AT }) };
}

describe("AS-4: the logistics adapter reports a return parcel signed for", () => {
  it("AS-4: a signed return counts as received by the system — the 48h processing starts; a repeated signature changes nothing", async () => {
    const { so, trackingNo, ctx } = await inTransit();
    const first = await reportReturnSigned(ctx, { trackingNo });
    expect(first.serviceOrders).toEqual([
      { serviceOrderId: so.id, serviceNo: so.serviceNo, status: "awaiting_processing", alreadyReceived: false },
    ]);
    const row = await f.current(handle.db, so);
    expect([row.status, row.receivedBy, row.receivedAt?.toISOString(), row.dueKind, row.dueAt?.toISOString()]).toEqual([
      "awaiting_processing",
      "system",
      "2026-03-17T04:00:00.000Z",
      "processing",
      "2026-03-19T04:00:00.000Z",
    ]);

    const again = await reportReturnSigned(serviceContext(handle.db, null, { now: at(2 * DAY_MS + HOUR_MS) }), {
      trackingNo: ` ${trackingNo} `.trim(),
    });
    expect(again.serviceOrders.map((s) => [s.status, s.alreadyReceived])).toEqual([["awaiting_processing", true]]);
    expect((await f.current(handle.db, so)).receivedAt?.toISOString()).toBe("2026-03-17T04:00:00.000Z");
    const ledger = await handle.db
      .select()
      .from(serviceOrderDeadlines)
      .where(eq(serviceOrderDeadlines.serviceOrderId, so.id));
    expect(ledger.filter((d) => d.kind === "processing")).toHaveLength(1);
  });

  it("AS-3: a send-in repair signed for starts its 30 days; SVC-2: a flash-refunded return signed for completes", async () => {
    const repair = await inTransit({
      type: "repair",
      repairMode: "send_in",
      reason: "quality_issue",
      requestedResult: "return_original",
    });
    await reportReturnSigned(repair.ctx, { trackingNo: repair.trackingNo });
    const repairing = await f.current(handle.db, repair.so);
    expect([repairing.status, repairing.dueKind, repairing.dueAt?.toISOString()]).toEqual([
      "repairing",
      "repair",
      "2026-04-16T04:00:00.000Z",
    ]);

    const flash = await inTransit({
      dueKind: "return_arrival",
      dueAt: at(7 * DAY_MS),
      flashRefundedAt: T0,
      services: { fastReview: false, flashRefund: true, shippingInsurance: false },
    });
    await reportReturnSigned(flash.ctx, { trackingNo: flash.trackingNo });
    const done = await f.current(handle.db, flash.so);
    expect([done.status, done.processedResult, done.dueAt]).toEqual(["completed", "refund", null]);
  });

  it("AS-4/SHOP-1: an FBP shop's return signed for is received the same way (the platform's warehouse signs)", async () => {
    const { so, trackingNo, ctx } = await inTransit({}, "FBP");
    await reportReturnSigned(ctx, { trackingNo });
    expect((await f.current(handle.db, so)).status).toBe("awaiting_processing");
  });

  it("AS-4: an unknown tracking number is NOT_FOUND; the desk lists the parcels still on their way", async () => {
    const { so, trackingNo, ctx } = await inTransit();
    await expect(reportReturnSigned(ctx, { trackingNo: "NO-SUCH-PARCEL" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const listed = await listReturnParcels(ctx, { limit: 50 });
    expect(listed.find((p) => p.serviceOrderId === so.id)).toMatchObject({ trackingNo, flashRefunded: false });
    await reportReturnSigned(ctx, { trackingNo });
    expect((await listReturnParcels(ctx, { limit: 50 })).some((p) => p.serviceOrderId === so.id)).toBe(false);
  });
});
