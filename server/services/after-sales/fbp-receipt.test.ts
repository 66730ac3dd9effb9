import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, openTestDb, submissionKey } from "@/server/test/harness";
import {
  applyAt,
  at,
  H,
  platformWorld,
  serviceOrderRow,
  type PlatformWorld,
} from "@/server/test/fixtures/after-sales-admin";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { approveServiceOrder } from "./approve-service-order";
import { listFbpReceipts } from "./list-fbp-receipts";
import { recordReceipt } from "./record-receipt";
import { shipReturn } from "./ship-return";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** A 七天无理由 return approved and shipped back: 待收货. */
async function shipped(w: PlatformWorld): Promise<string> {
  const { id } = await applyAt(w, at(0));
  await approveServiceOrder(w.asMerchant(at(H)), {
    serviceOrderId: id,
    opinion: "同意退货",
    noCodReturn: true,
    includeAccessories: false,
  });
  await shipReturn(w.asConsumer(at(2 * H)), { serviceOrderId: id, carrier: "顺丰速运", trackingNo: "SF5550001111" });
  return id;
}

describe("SHOP-1: FBP returns are received by the platform's warehouse", () => {
  it("SHOP-1: the FBP shop's merchant cannot record receipt; the platform lists and records it, review and result stay the merchant's", async () => {
    const { db } = handle;
    const fbp = await platformWorld(db, { mode: "FBP" });
    const sop = await platformWorld(db);
    const fbpId = await shipped(fbp);
    const sopId = await shipped(sop);

    await expect(recordReceipt(fbp.asMerchant(at(3 * H)), { serviceOrderId: fbpId, photos: [] })).rejects.toMatchObject(
      {
        code: "AS_RECEIPT_NOT_YOURS",
      },
    );
    const listed = await listFbpReceipts(fbp.asAdmin(at(3 * H)), { limit: 100 });
    expect(listed.items.map((r) => r.id)).toContain(fbpId);
    expect(listed.items.map((r) => r.id)).not.toContain(sopId);
    expect(listed.items.find((r) => r.id === fbpId)).toMatchObject({
      serviceNo: `SV${fbp.order.orderNo}-01`,
      trackingNo: "SF5550001111",
      shippedAt: at(2 * H),
    });

    const admin = callerFor(db, fbp.admin, { now: fixedClock(at(4 * H)) });
    const received = await admin.afterSales.admin.recordReceipt({
      serviceOrderId: fbpId,
      photos: [],
      idempotencyKey: submissionKey(),
    });
    expect(received).toMatchObject({ status: "awaiting_processing", dueAt: at(4 * H + 48 * H) });
    expect(await serviceOrderRow(db, fbpId)).toMatchObject({
      receivedBy: "platform",
      receivedByUser: fbp.admin.userId,
      receivedAt: at(4 * H),
    });
    expect((await listFbpReceipts(fbp.asAdmin(at(5 * H)), { limit: 100 })).items.map((r) => r.id)).not.toContain(fbpId);

    // An SOP shop's return is the merchant's to receive, not the platform's.
    await expectTrpcError(
      admin.afterSales.admin.recordReceipt({ serviceOrderId: sopId, photos: [], idempotencyKey: submissionKey() }),
      "FORBIDDEN",
    );
    await recordReceipt(sop.asMerchant(at(4 * H)), { serviceOrderId: sopId, photos: [] });
    expect((await serviceOrderRow(db, sopId)).receivedBy).toBe("merchant");
  });

  it("SHOP-1: merchants and consumers may not list the platform's FBP receipts (FORBIDDEN)", async () => {
    const { db } = handle;
    const fbp = await platformWorld(db, { mode: "FBP" });
    await expectTrpcError(callerFor(db, fbp.merchant).platformAfterSales.fbpReceipts({}), "FORBIDDEN");
    await expectTrpcError(callerFor(db, fbp.consumer).platformAfterSales.fbpReceipts({}), "FORBIDDEN");
    await expect(listFbpReceipts(fbp.asMerchant(at(H)), { limit: 20 })).rejects.toMatchObject({ kind: "FORBIDDEN" });
  });
});
