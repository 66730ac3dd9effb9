import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, submissionKey } from "@/server/test/harness";
import {
  at,
  cancelOrdersOf,
  cancelWorld,
  H,
  openCancelDispute,
  refundsOfOrder,
  sweepCancelOrders,
  type CancelWorld,
} from "@/server/test/fixtures/cancel-orders";

/**
 * DSP-CXL-5 on real PostgreSQL: a consumer's cancel request and the merchant's plan racing on
 * one order, through the tRPC callers on a connection pool. Isolated by data (a fresh shop and
 * order per round), so it can share the test database with other files.
 */
const url = process.env.DATABASE_URL;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Plan = "direct_refund" | "intercept_48h";
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Holds the order row locked in a third connection so both contenders queue behind it in a chosen order. */
async function withOrderHeld(orderId: string, queue: (() => Promise<unknown>)[]): Promise<Outcome[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    await client.query("select id from orders where id = $1 for update", [orderId]);
    const started: Promise<Outcome>[] = [];
    for (const start of queue) {
      started.push(
        start().then(
          (value): Outcome => ({ ok: true, value }),
          (error: unknown): Outcome => ({ ok: false, error }),
        ),
      );
      await sleep(150); // the next contender queues on the row lock strictly after this one
    }
    await client.query("commit");
    return Promise.all(started);
  } finally {
    await client.end();
  }
}

async function expectSettledOnce(handle: DbHandle, w: CancelWorld, disputeId: string, plan: Plan) {
  const rows = await cancelOrdersOf(handle.db, w.order.id);
  // The request the merchant rejected before the dispute (DSP-CXL-7), then never a second
  // cancel order, never a request left pending beside the plan's.
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ status: "rejected" });
  expect(rows[1]).toMatchObject(
    plan === "direct_refund"
      ? { status: "refund_succeeded", reason: "dispute_direct_refund", disputeId }
      : { status: "logistics_pending", reason: "dispute_interception", disputeId },
  );
  expect(await refundsOfOrder(handle.db, w.order.id)).toHaveLength(plan === "direct_refund" ? 1 : 0);
  return rows[1];
}

describe.skipIf(!url)("DSP-CXL-5 on PostgreSQL", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb();
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  async function round(plan: Plan, first: "request" | "plan") {
    const w = await cancelWorld(handle.db, { deliveryType: "platform" });
    const disputeId = await openCancelDispute(handle.db, w);
    const request = () => w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "changed_mind" });
    const choose = () =>
      w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan,
      });
    const [a, b] = await withOrderHeld(w.order.id, first === "request" ? [request, choose] : [choose, request]);
    const [requested, chosen] = first === "request" ? [a, b] : [b, a];
    return { w, disputeId, requested, chosen };
  }

  for (const plan of ["direct_refund", "intercept_48h"] as const) {
    it(`DSP-CXL-5: ${plan} — the request queued first is settled by the plan, which succeeds`, async () => {
      const { w, disputeId, requested, chosen } = await round(plan, "request");
      expect(chosen).toMatchObject({ ok: true, value: { status: "awaiting_consumer" } });
      expect(requested).toMatchObject({ ok: true });
      const row = await expectSettledOnce(handle, w, disputeId, plan);
      expect(row).toMatchObject({
        requestReason: "changed_mind",
        id: requested?.ok ? (requested.value as { id: string }).id : "",
      });
    }, 30_000);

    it(`DSP-CXL-5: ${plan} — the plan queued first wins; the request after it is refused with a clear message`, async () => {
      const { w, disputeId, requested, chosen } = await round(plan, "plan");
      expect(chosen).toMatchObject({ ok: true, value: { status: "awaiting_consumer" } });
      const code = plan === "direct_refund" ? "ALREADY_REFUNDED" : "CANCEL_IN_PROGRESS";
      expect(requested).toMatchObject({
        ok: false,
        error: { code: "CONFLICT", cause: { code }, message: expect.stringContaining("纠纷方案") },
      });
      expect(await expectSettledOnce(handle, w, disputeId, plan)).toMatchObject({ requestReason: null });
    }, 30_000);
  }

  it("DSP-CXL-5: free-running races (20 rounds, both plans): the plan always succeeds, one cancel order, refunds at most once", async () => {
    for (let i = 0; i < 20; i++) {
      const plan: Plan = i % 2 === 0 ? "direct_refund" : "intercept_48h";
      const w = await cancelWorld(handle.db, { deliveryType: i % 4 < 2 ? "platform" : "third_party" });
      const disputeId = await openCancelDispute(handle.db, w);
      const [requested, chosen] = await Promise.allSettled([
        w.asConsumer.cancelOrder.consumer.request({ orderId: w.order.id, reason: "slow_shipping" }),
        w.asMerchant.dispute.merchant.choosePlan({
          idempotencyKey: submissionKey(),
          disputeId,
          kind: "settlement",
          plan,
        }),
      ]);
      expect(chosen.status).toBe("fulfilled");
      const row = await expectSettledOnce(handle, w, disputeId, plan);
      if (requested.status === "fulfilled")
        expect(row).toMatchObject({ id: requested.value.id, requestReason: "slow_shipping" });
      else expect(requested.reason).toMatchObject({ code: "CONFLICT" });
    }
  }, 120_000);

  it("DSP-CXL-2: double-clicked direct refund on PostgreSQL — one plan, one ledger row", async () => {
    const w = await cancelWorld(handle.db, { status: "paid" });
    const disputeId = await openCancelDispute(handle.db, w);
    const clicks = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        w.asMerchant.dispute.merchant.choosePlan({
          idempotencyKey: submissionKey(),
          disputeId,
          kind: "settlement",
          plan: "direct_refund",
        }),
      ),
    );
    expect(clicks.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    await expectSettledOnce(handle, w, disputeId, "direct_refund");
  }, 30_000);

  it("DSP-CXL-4: four concurrent sweepers end 24 due 48h windows once each — one refund per third-party dispute, one interception per platform one", async () => {
    const worlds: { w: CancelWorld; cancelId: string; platform: boolean }[] = [];
    for (let i = 0; i < 24; i++) {
      const platform = i % 3 === 0;
      const w = await cancelWorld(handle.db, { deliveryType: platform ? "platform" : "third_party" });
      const disputeId = await openCancelDispute(handle.db, w);
      await w.asMerchant.dispute.merchant.choosePlan({
        idempotencyKey: submissionKey(),
        disputeId,
        kind: "settlement",
        plan: "intercept_48h",
      });
      const [, row] = await cancelOrdersOf(handle.db, w.order.id);
      worlds.push({ w, cancelId: row?.id ?? "", platform });
    }
    const ids = worlds.map((x) => x.cancelId);
    const results = await Promise.all(Array.from({ length: 4 }, () => sweepCancelOrders(handle.db, at(48 * H), ids)));
    expect(results.reduce((n, r) => n + (r.applied["cancel_order.end_interception_window"] ?? 0), 0)).toBe(24);
    for (const { w, platform } of worlds) {
      const [, row] = await cancelOrdersOf(handle.db, w.order.id);
      expect(row?.status).toBe(platform ? "intercepting" : "refund_succeeded");
      expect(await refundsOfOrder(handle.db, w.order.id)).toHaveLength(platform ? 0 : 1);
    }
    const again = await Promise.all(Array.from({ length: 4 }, () => sweepCancelOrders(handle.db, at(49 * H), ids)));
    expect(again.reduce((n, r) => n + (r.applied["cancel_order.end_interception_window"] ?? 0), 0)).toBe(0);
  }, 120_000);
});
