import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { violations } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import type { MarketplaceStyle } from "@/server/domain/shop";
import {
  type Caller,
  callerFor,
  createAdmin,
  createConsumer,
  openTestDb,
  submissionKey,
  TEST_NOW,
} from "@/server/test/harness";
import {
  createInvoiceRequest,
  createUrgeWorkOrder,
  disputeWorld,
  type DisputeWorld,
} from "@/server/test/fixtures/disputes";
import { takeEffect } from "../violations/take-effect";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { at, daysAgo, insertDispute, insertWorkOrder, metricsWorld, paidOrder } from "@/server/test/fixtures/metrics";
import { systemContext } from "@/server/services/service-context";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** An urged dispute goes straight to platform judgment (DSP-INV-2). */
async function urgedDisputeInJudgment(w: DisputeWorld): Promise<string> {
  const request = await createInvoiceRequest(handle.db, w, { status: "requested" });
  await createUrgeWorkOrder(handle.db, request, { status: "expired" });
  const { id } = await w.asConsumer.dispute.consumer.open({
    invoiceId: request.id,
    scenario: "invoice_urged",
    claim: "催开票无人处理",
  });
  return id;
}

/** Every row of the admin table, page by page (other tests' shops are in it too). */
async function allRows(caller: Caller, sort: "name" | "dispute_rate", direction: "asc" | "desc") {
  const found = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page = await caller.metrics.admin.shops({ sort, direction, offset, limit: 100 });
    found.push(...page.items);
    offset = page.nextOffset;
  }
  return found;
}

describe("DSP-5: judgments count in the metrics", () => {
  it("DSP-5: a judgment against the merchant raises the dispute rate from x% to y% as shown beforehand; its ticket's points count once it takes effect", async () => {
    const { db } = handle;
    const w = await disputeWorld(db); // one order paid 15 days ago
    const mw = { shop: w.shop, merchant: w.merchant, consumer: w.consumer, oldOrder: w.order };
    for (const days of [1, 2, 3]) await paidOrder(db, mw, daysAgo(days));
    const disputeId = await urgedDisputeInJudgment(w);

    const impact = await w.asMerchant.metrics.merchant.judgmentImpact({ disputeId });
    expect(impact).toEqual({ metric: "dispute_rate", from: 0, to: 0.25, marketplaceStyle: "jd" });

    await w.asAdmin.dispute.admin.judge({
      idempotencyKey: submissionKey(),
      disputeId,
      liableParty: "merchant",
      remedy: "refund",
      amountFen: 5_000,
      reason: "工单超时未回复,商家责任",
      rules: ["DSP-INV-2"],
    });
    const after = await w.asMerchant.metrics.merchant.dashboard();
    expect(after.disputeRate).toMatchObject({ value: impact?.to, judgedDisputes: 1, paidOrders: 4 });
    expect(after.disputeRefundRate).toMatchObject({ value: 1, judgedRefunds: 1, refunds: 1, judgedRefundFen: 5_000 });
    expect(await w.asMerchant.metrics.merchant.judgmentImpact({ disputeId })).toBeNull();

    // The admin's table shows the same change.
    const row = (await allRows(w.asAdmin, "dispute_rate", "desc")).find((r) => r.shop.id === w.shop.id);
    expect(row?.disputeRate.value).toBe(0.25);

    // VIO-2: 7 days later the ticket takes effect and its points count.
    const [ticket] = await db.select().from(violations).where(eq(violations.sourceId, disputeId));
    if (!ticket) throw new Error("no ticket raised");
    expect(after.penaltyPoints).toEqual({ effective: 0, pending: ticket.points });
    const weekLater = ticket.dueAt;
    expect(await takeEffect(systemContext(db, weekLater), { violationId: ticket.id })).toBe(true);
    const asMerchantLater = callerFor(db, w.merchant, { now: fixedClock(weekLater) });
    expect((await asMerchantLater.metrics.merchant.dashboard()).penaltyPoints).toEqual({
      effective: ticket.points,
      pending: 0,
    });
    const adminRow = (
      await allRows(callerFor(db, w.admin, { now: fixedClock(weekLater) }), "dispute_rate", "desc")
    ).find((r) => r.shop.id === w.shop.id);
    expect(adminRow?.penaltyPoints.effective).toBe(ticket.points);
  });
});

describe("WO-TM-5: work-order judgments", () => {
  async function decidedAgainstMerchant(style: MarketplaceStyle) {
    const { db } = handle;
    const w = await metricsWorld(db, { style });
    await paidOrder(db, w, daysAgo(5));
    const wo = await insertWorkOrder(db, w, { status: "judging", dueAt: daysAgo(1), replyOnTime: false });
    const asMerchant = callerFor(db, w.merchant);
    const impact = await asMerchant.metrics.merchant.judgmentImpact({ workOrderId: wo.id });
    const admin = callerFor(db, await createAdmin(db));
    await admin.intervention.admin.decide({
      idempotencyKey: submissionKey(),
      workOrderId: wo.id,
      liableParty: "merchant",
      refundFen: 2_000,
      reason: "商家未与消费者达成一致",
      rules: ["WO-TM-5"],
    });
    return { impact, after: await asMerchant.metrics.merchant.dashboard() };
  }

  it("WO-TM-5: a merchant-liable decision counts in a Tmall-style shop's dispute rate (and the impact shown matched)", async () => {
    const { impact, after } = await decidedAgainstMerchant("tmall");
    expect(impact).toEqual({ metric: "dispute_rate", from: 0, to: 1, marketplaceStyle: "tmall" });
    expect(after.disputeRate).toMatchObject({
      value: 1,
      judgedDisputes: 0,
      judgedWorkOrders: 1,
      workOrdersCounted: true,
    });
  });

  it("WO-TM-5: a merchant-liable decision counts in a Taobao-style shop's dispute refund rate, not its dispute rate", async () => {
    const { impact, after } = await decidedAgainstMerchant("taobao");
    expect(impact).toEqual({ metric: "dispute_refund_rate", from: null, to: 1, marketplaceStyle: "taobao" });
    expect(after.disputeRefundRate).toMatchObject({
      value: impact?.to,
      judgedRefunds: 1,
      refunds: 1,
      judgedRefundFen: 2_000,
    });
    expect(after.disputeRate).toMatchObject({ value: 0, judgedWorkOrders: 1, workOrdersCounted: false });
  });
});

describe("MET-2: who sees what", () => {
  it("MET-2: a merchant sees its own shop only; another shop's case ids are NOT_FOUND; consumers and merchants are kept out of the rest", async () => {
    const { db } = handle;
    const mine = await metricsWorld(db);
    const theirs = await metricsWorld(db);
    const theirDispute = await insertDispute(db, theirs, { status: "platform_judging" });
    const theirWorkOrder = await insertWorkOrder(db, theirs, { status: "judging" });
    const asMerchant = callerFor(db, mine.merchant);

    expect((await asMerchant.metrics.merchant.dashboard()).shop.id).toBe(mine.shop.id);
    expect((await asMerchant.metrics.merchant.trends()).points).toHaveLength(90);
    await expectTrpcError(asMerchant.metrics.merchant.judgmentImpact({ disputeId: theirDispute.id }), "NOT_FOUND");
    await expectTrpcError(asMerchant.metrics.merchant.judgmentImpact({ workOrderId: theirWorkOrder.id }), "NOT_FOUND");
    await expectTrpcError(asMerchant.metrics.merchant.judgmentImpact({ disputeId: "not-a-uuid" }), "NOT_FOUND");
    await expectTrpcError(asMerchant.metrics.admin.dashboard({ shopId: theirs.shop.id }), "FORBIDDEN");
    await expectTrpcError(asMerchant.metrics.admin.shops({}), "FORBIDDEN");
    const consumer = callerFor(db, await createConsumer(db));
    await expectTrpcError(consumer.metrics.merchant.dashboard(), "FORBIDDEN");
    await expectTrpcError(callerFor(db, null).metrics.merchant.dashboard(), "UNAUTHORIZED");

    // Own cases: urge-invoice work orders and judged disputes have no impact to show.
    const judged = await insertDispute(db, mine, { judgedAt: daysAgo(1) });
    const urge = await insertWorkOrder(db, mine, { type: "urge_invoice", status: "open", dueAt: at(3_600_000) });
    expect(await asMerchant.metrics.merchant.judgmentImpact({ disputeId: judged.id })).toBeNull();
    expect(await asMerchant.metrics.merchant.judgmentImpact({ workOrderId: urge.id })).toBeNull();

    const admin = callerFor(db, await createAdmin(db));
    expect((await admin.metrics.admin.dashboard({ shopId: theirs.shop.id })).shop.id).toBe(theirs.shop.id);
    await expectTrpcError(admin.metrics.admin.dashboard({ shopId: crypto.randomUUID() }), "NOT_FOUND");
    await expectTrpcError(admin.metrics.admin.trends({ shopId: "nope" }), "NOT_FOUND");
  });

  it("MET-2: the admin table sorts by any number either way (shops without a value last) and pages by offset", async () => {
    const { db } = handle;
    const tag = crypto.randomUUID().slice(0, 6);
    const shops: string[] = [];
    for (const [name, paid, judged] of [
      [`指标排序 ${tag} B`, 2, 1],
      [`指标排序 ${tag} A`, 1, 1],
      [`指标排序 ${tag} C`, 0, 0],
    ] as const) {
      const w = await metricsWorld(db, { name });
      for (let i = 0; i < paid; i++) await paidOrder(db, w, daysAgo(i + 1));
      for (let i = 0; i < judged; i++) await insertDispute(db, w, { judgedAt: daysAgo(i + 1) });
      shops.push(w.shop.id);
    }
    const [half, full, none] = shops;
    const admin = callerFor(db, await createAdmin(db), { now: fixedClock(TEST_NOW) });
    const order = (rows: { shop: { id: string } }[]) => rows.map((r) => r.shop.id).filter((id) => shops.includes(id));
    expect(order(await allRows(admin, "dispute_rate", "desc"))).toEqual([full, half, none]);
    expect(order(await allRows(admin, "dispute_rate", "asc"))).toEqual([half, full, none]);
    expect(order(await allRows(admin, "name", "asc"))).toEqual([full, half, none]);
    expect(order(await allRows(admin, "name", "desc"))).toEqual([none, half, full]);

    const everything = await allRows(admin, "dispute_rate", "desc");
    const second = await admin.metrics.admin.shops({ sort: "dispute_rate", direction: "desc", offset: 1, limit: 1 });
    expect(second.total).toBe(everything.length);
    expect(second.items.map((r) => r.shop.id)).toEqual([everything[1]?.shop.id]);
  });
});
