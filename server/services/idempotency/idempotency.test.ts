import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { callerFor, createMerchant, openTestDb, submissionKey, TEST_NOW } from "@/server/test/harness";
import {
  anotherOrder,
  cancelRow,
  cancelWorld,
  refundsOfOrder,
  type CancelWorld,
} from "@/server/test/fixtures/cancel-orders";
import { auditActions } from "@/server/test/fixtures/disputes";
import { runIdempotent } from "./run-idempotent";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const H = 3600_000;
const reused = { code: "CONFLICT", cause: { code: "IDEMPOTENCY_KEY_REUSED" } };

/** A paid order with a pending cancel request: approving it refunds 128.00 at once. */
async function pendingCancel() {
  const w = await cancelWorld(handle.db, { status: "paid" });
  const { id } = await w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "changed_mind" });
  return { w, id };
}

/** A second paid order of the same world with its own pending cancel request. */
async function anotherPendingCancel(w: CancelWorld) {
  const order = await anotherOrder(handle.db, w, { status: "paid" });
  const { id } = await w.asConsumer.cancelOrder.consumer.request({ orderId: order.id, reason: "changed_mind" });
  return { id };
}

async function approvals(id: string) {
  return (await auditActions(handle.db, id, ["cancel_order.approved"])).length;
}

describe("idempotency keys on the mutations that move money or close a case", () => {
  it("a replay with the same key and input returns the first result and refunds once", async () => {
    const { w, id } = await pendingCancel();
    const key = submissionKey();
    const first = await w.asMerchant.cancelOrder.merchant.approve({ cancelOrderId: id, idempotencyKey: key });
    expect(first).toEqual({ id, status: "refund_succeeded", refundedFen: 12_800 });
    w.clock.advance(H);
    // Without the key the second click is a CONFLICT; with it, the first answer again.
    await expect(
      w.asMerchant.cancelOrder.merchant.approve({ cancelOrderId: id, idempotencyKey: key }),
    ).resolves.toEqual({ id, status: "refund_succeeded", refundedFen: 12_800 });
    expect(await refundsOfOrder(handle.db, w.order.id)).toMatchObject([{ amountFen: 12_800 }]);
    expect(await approvals(id)).toBe(1);
  });

  it("a replay returns dates as dates (the stored result keeps its types)", async () => {
    const w = await cancelWorld(handle.db, { status: "paid" });
    const { id } = await w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "changed_mind" });
    const key = submissionKey();
    const stored = await runIdempotent({
      db: handle.db,
      now: TEST_NOW,
      scope: w.merchant.userId,
      key,
      path: "test.dates",
      input: { id },
      run: async () => ({ at: TEST_NOW, n: 1n }),
    });
    const replay = await runIdempotent({
      db: handle.db,
      now: TEST_NOW,
      scope: w.merchant.userId,
      key,
      path: "test.dates",
      input: { id },
      run: async () => ({ at: new Date(0), n: 2n }),
    });
    expect(stored).toEqual({ at: new Date("2026-03-15T04:00:00.000Z"), n: 1n });
    expect(replay).toEqual({ at: new Date("2026-03-15T04:00:00.000Z"), n: 1n });
  });

  it("the same key with a different input, or on another action, is refused and changes nothing", async () => {
    const { w, id } = await pendingCancel();
    const colleague = callerFor(handle.db, await createMerchant(handle.db, w.shop.id, "agent"), { now: w.clock });
    const key = submissionKey();
    await w.asMerchant.cancelOrder.merchant.approve({ cancelOrderId: id, idempotencyKey: key });

    await expect(
      w.asMerchant.cancelOrder.merchant.forceRefund({ cancelOrderId: id, idempotencyKey: key }),
    ).rejects.toMatchObject(reused);
    const second = await anotherPendingCancel(w);
    const refused = w.asMerchant.cancelOrder.merchant.approve({ cancelOrderId: second.id, idempotencyKey: key });
    await expect(refused).rejects.toMatchObject({
      ...reused,
      message: "该请求标识已用于另一项不同的提交,请刷新页面后重新提交",
    });
    const en = callerFor(handle.db, w.merchant, { now: w.clock, locale: "en" });
    await expect(
      en.cancelOrder.merchant.approve({ cancelOrderId: second.id, idempotencyKey: key }),
    ).rejects.toMatchObject({
      ...reused,
      message: "This request key was already used for a different submission. Reload the page and submit again.",
    });
    expect(await cancelRow(handle.db, second.id)).toMatchObject({ status: "pending" });
    expect(await approvals(second.id)).toBe(0);
    // Keys belong to the user who sent them: a colleague's equal key is a request of its own.
    await expect(
      colleague.cancelOrder.merchant.approve({ cancelOrderId: second.id, idempotencyKey: key }),
    ).resolves.toMatchObject({ status: "refund_succeeded" });
  });

  it("a refused first attempt stores no key: the corrected request with the same key runs", async () => {
    const { w, id } = await pendingCancel();
    const key = submissionKey();
    // Force-refund is only for an intercepting request: refused, nothing stored.
    await expect(
      w.asMerchant.cancelOrder.merchant.forceRefund({ cancelOrderId: id, idempotencyKey: key }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const rows = await handle.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, w.merchant.userId), eq(idempotencyKeys.key, key)));
    expect(rows).toEqual([]);
    await expect(
      w.asMerchant.cancelOrder.merchant.approve({ cancelOrderId: id, idempotencyKey: key }),
    ).resolves.toMatchObject({ status: "refund_succeeded" });
  });

  it("keys are kept 24 hours: a replay at −1 ms gets the first result; at and after 24 h the request runs as new", async () => {
    const { w, id } = await pendingCancel();
    const key = submissionKey();
    const approve = () => w.asMerchant.cancelOrder.merchant.approve({ cancelOrderId: id, idempotencyKey: key });
    await approve();
    w.clock.set(new Date("2026-03-16T03:59:59.999Z"));
    await expect(approve()).resolves.toEqual({ id, status: "refund_succeeded", refundedFen: 12_800 });
    // Forgotten: the approval runs again and finds the request already approved.
    w.clock.set(new Date("2026-03-16T04:00:00.000Z"));
    await expect(approve()).rejects.toMatchObject({ code: "CONFLICT", cause: { code: "STALE_STATE" } });
    w.clock.set(new Date("2026-03-16T04:00:00.001Z"));
    await expect(approve()).rejects.toMatchObject({ code: "CONFLICT", cause: { code: "STALE_STATE" } });
    expect(await refundsOfOrder(handle.db, w.order.id)).toHaveLength(1);
  });

  it("the key is required and must look like one", async () => {
    const { w, id } = await pendingCancel();
    const approve = w.asMerchant.cancelOrder.merchant.approve as (input: unknown) => Promise<unknown>;
    await expect(approve({ cancelOrderId: id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(approve({ cancelOrderId: id, idempotencyKey: "short" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "请求标识至少 8 个字符",
    });
    await expect(approve({ cancelOrderId: id, idempotencyKey: "has spaces in it" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // The verb's own schema still applies to the rest (strict: unknown fields refused).
    await expect(approve({ cancelOrderId: id, idempotencyKey: submissionKey(), extra: 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await cancelRow(handle.db, id)).toMatchObject({ status: "pending" });
  });

  it("keyed calls purge keys 30 days past their expiry, to the millisecond", async () => {
    const scope = crypto.randomUUID();
    const made = new Date("2020-01-01T00:00:00.000Z");
    const store = (key: string, now: Date) =>
      runIdempotent({ db: handle.db, now, scope, key, path: "test.sweep", input: {}, run: async () => key });
    await store("old-key-1", made);
    await store("young-key", new Date("2020-01-01T00:00:00.001Z"));
    await store("next-month", new Date("2020-02-01T00:00:00.000Z"));
    const left = await handle.db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.scope, scope));
    expect(left.map((r) => r.key).sort()).toEqual(["next-month", "young-key"]);
  });
});
