import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { cancelOrders } from "@/db/schema";
import { openTestDb, submissionKey } from "@/server/test/harness";
import { at, cancelRow, cancelWorld, H, openCancelDisputeNow } from "@/server/test/fixtures/cancel-orders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const WINDOW = 24 * H;
const waiting = { "zh-CN": "商家仍在审核您的取消申请;商家驳回或审核时限届满仍未处理后,方可申请取消订单纠纷" };

/** A shipped order whose consumer asked to cancel at TEST_NOW. */
async function requested() {
  const w = await cancelWorld(handle.db);
  const request = await w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "changed_mind" });
  return { w, requestId: request.id, request };
}

describe("DSP-CXL-7: when a cancellation dispute may be opened", () => {
  it("DSP-CXL-7: a request records its 24h review deadline; before it the dispute is refused with the time it opens (−1 ms)", async () => {
    const { w, requestId, request } = await requested();
    expect(request.reviewDueAt).toEqual(at(WINDOW));
    expect(await cancelRow(handle.db, requestId)).toMatchObject({ status: "pending", reviewDueAt: at(WINDOW) });
    w.clock.set(at(1_000));
    await expect(openCancelDisputeNow(w)).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { code: "CANCEL_REVIEW_PENDING", details: { availableAt: "2026-03-16T04:00:00.000Z" } },
    });
    w.clock.set(at(WINDOW - 1));
    expect(await w.asConsumer.dispute.consumer.cancelOpenable({ orderId: w.order.id })).toMatchObject({
      available: false,
      availableAt: at(WINDOW),
      unavailableReason: waiting,
    });
    await expect(openCancelDisputeNow(w)).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { code: "CANCEL_REVIEW_PENDING" },
    });
  });

  it("DSP-CXL-7: at the review deadline exactly the window is over and the dispute opens; the request stays pending", async () => {
    const { w, requestId } = await requested();
    w.clock.set(at(WINDOW));
    expect(await w.asConsumer.dispute.consumer.cancelOpenable({ orderId: w.order.id })).toMatchObject({
      available: true,
      availableAt: null,
      unavailableReason: null,
    });
    await expect(openCancelDisputeNow(w)).resolves.toEqual(expect.any(String));
    expect(await cancelRow(handle.db, requestId)).toMatchObject({ status: "pending" });
  });

  it("DSP-CXL-7: after the review deadline (+1 ms) the dispute opens", async () => {
    const { w } = await requested();
    w.clock.set(at(WINDOW + 1));
    await expect(openCancelDisputeNow(w)).resolves.toEqual(expect.any(String));
  });

  it("DSP-CXL-7: a request the merchant rejected opens the dispute at once, long before the window ends", async () => {
    const { w, requestId } = await requested();
    w.clock.set(at(1_000));
    await w.asMerchant.cancelOrder.merchant.reject({
      idempotencyKey: submissionKey(),
      cancelOrderId: requestId,
      reason: "商品已打包,无法取消",
    });
    await expect(openCancelDisputeNow(w)).resolves.toEqual(expect.any(String));
  });

  it("DSP-CXL-7: no request, or a withdrawn one, asks the consumer to request first", async () => {
    const w = await cancelWorld(handle.db);
    w.clock.set(at(30 * H));
    await expect(openCancelDisputeNow(w)).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { code: "CANCEL_REQUEST_REQUIRED" },
    });
    const { w: w2, requestId } = await requested();
    await w2.asConsumer.cancelOrder.consumer.withdraw({ cancelOrderId: requestId });
    w2.clock.set(at(30 * H));
    await expect(openCancelDisputeNow(w2)).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { code: "CANCEL_REQUEST_REQUIRED" },
    });
  });

  it("ROL-1 / DSP-CXL-7: the review deadline recorded on the request is the one that counts", async () => {
    const { w, requestId } = await requested();
    // As if the request had been made under a policy version with a 12h window.
    await handle.db
      .update(cancelOrders)
      .set({ reviewDueAt: at(12 * H) })
      .where(eq(cancelOrders.id, requestId));
    w.clock.set(at(12 * H - 1));
    expect(await w.asConsumer.dispute.consumer.cancelOpenable({ orderId: w.order.id })).toMatchObject({
      available: false,
      availableAt: at(12 * H),
    });
    w.clock.set(at(12 * H));
    await expect(openCancelDisputeNow(w)).resolves.toEqual(expect.any(String));
  });
});
