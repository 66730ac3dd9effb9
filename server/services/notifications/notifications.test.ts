import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { createInvoiceRequest, createUrgeWorkOrder, disputeWorld, openRefused } from "@/server/test/fixtures/disputes";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  callerFor,
  createConsumer,
  createMerchant,
  createOrder,
  openTestDb,
  submissionKey,
  TEST_NOW,
} from "@/server/test/harness";
import { notify } from "./notify";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("NTF-2 — the consumer is told", () => {
  it("NTF-2: the consumer is notified when a settlement awaits confirmation and when a judgment is made", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    expect(await w.asConsumer.notification.consumer.unreadCount()).toEqual({ unread: 0 });

    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "agreed_no_invoice",
      note: "电话沟通,顾客同意无需开票",
    });
    const settled = await w.asConsumer.notification.consumer.list({});
    expect(settled.items).toMatchObject([
      {
        kind: "dispute.awaiting_confirmation",
        params: { plan: "agreed_no_invoice" },
        href: `/disputes/${disputeId}`,
        readAt: null,
      },
    ]);

    // An urged dispute goes straight to judgment; the judgment reaches both parties.
    const request = await createInvoiceRequest(db, w, { status: "requested" });
    await createUrgeWorkOrder(db, request, { status: "expired" });
    const urged = await w.asConsumer.dispute.consumer.open({
      invoiceId: request.id,
      scenario: "invoice_urged",
      claim: "催开票无人处理",
    });
    w.clock.advance(60_000);
    await w.asAdmin.dispute.admin.judge({
      idempotencyKey: submissionKey(),
      disputeId: urged.id,
      liableParty: "merchant",
      remedy: "compensation",
      amountFen: 500,
      reason: "工单超时未回复,商家责任",
      rules: ["DSP-INV-2"],
    });

    const consumerSees = await w.asConsumer.notification.consumer.list({ unreadOnly: true });
    expect(consumerSees.items.map((n) => n.kind)).toEqual(["dispute.judged", "dispute.awaiting_confirmation"]);
    expect(consumerSees.items[0]).toMatchObject({
      recordId: urged.id,
      params: { liableParty: "merchant", remedy: "compensation" },
      href: `/disputes/${urged.id}`,
    });
    expect(await w.asConsumer.notification.consumer.unreadCount()).toEqual({ unread: 2 });

    const shopSees = await w.asMerchant.notification.merchant.list({});
    expect(shopSees.items.find((n) => n.kind === "dispute.judged")).toMatchObject({
      recordId: urged.id,
      href: `/merchant/disputes/${urged.id}`,
    });
  });

  it("NTF-2: an FBP dispute's judgment reaches the consumer but not the shop, which cannot see it (SHOP-1)", async () => {
    const { db } = handle;
    const w = await disputeWorld(db, { businessMode: "FBP" });
    const request = await createInvoiceRequest(db, w, { status: "requested" });
    await createUrgeWorkOrder(db, request, { status: "expired" });
    const urged = await w.asConsumer.dispute.consumer.open({
      invoiceId: request.id,
      scenario: "invoice_urged",
      claim: "催开票无人处理",
    });
    await w.asAdmin.dispute.admin.judge({
      idempotencyKey: submissionKey(),
      disputeId: urged.id,
      liableParty: "platform",
      remedy: "none",
      reason: "平台仓配延误,平台责任",
      rules: ["DSP-INV-2"],
    });
    expect((await w.asConsumer.notification.consumer.list({})).items.map((n) => n.kind)).toEqual(["dispute.judged"]);
    expect(await w.asMerchant.notification.merchant.unreadCount()).toEqual({ unread: 0 });
  });
});

describe("reading notifications", () => {
  it("NTF-1: unread counts fall as notifications are read; marking twice keeps the first read time; mark all read", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    await openRefused(db, w);
    await openRefused(db, { ...w, order: await newOrder(w) });
    const colleague = callerFor(db, await createMerchant(db, w.shop.id), {
      now: fixedClock(new Date(TEST_NOW.getTime() + 60_000)),
    });
    expect(await colleague.notification.merchant.unreadCount()).toEqual({ unread: 2 });

    const [first, second] = (await w.asMerchant.notification.merchant.list({})).items;
    if (!first || !second) throw new Error("expected two notifications");
    const read = await w.asMerchant.notification.merchant.markRead({ id: first.id });
    expect(read.readAt).toEqual(TEST_NOW);
    // Every member of the shop shares the shop's notifications.
    expect(await colleague.notification.merchant.unreadCount()).toEqual({ unread: 1 });
    expect((await colleague.notification.merchant.markRead({ id: first.id })).readAt).toEqual(TEST_NOW);
    expect((await colleague.notification.merchant.list({ unreadOnly: true })).items.map((n) => n.id)).toEqual([
      second.id,
    ]);

    expect(await colleague.notification.merchant.markAllRead()).toEqual({ marked: 1 });
    expect(await w.asMerchant.notification.merchant.unreadCount()).toEqual({ unread: 0 });
    expect(await colleague.notification.merchant.markAllRead()).toEqual({ marked: 0 });
  });

  it("another shop's merchant or another consumer can neither see nor mark a notification → NOT_FOUND", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const other = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "agreed_no_invoice",
      note: "电话沟通,顾客同意无需开票",
    });
    const [shopNote] = (await w.asMerchant.notification.merchant.list({})).items;
    const [consumerNote] = (await w.asConsumer.notification.consumer.list({})).items;
    if (!shopNote || !consumerNote) throw new Error("expected notifications");

    expect((await other.asMerchant.notification.merchant.list({})).items).toEqual([]);
    expect(await other.asMerchant.notification.merchant.unreadCount()).toEqual({ unread: 0 });
    await expectTrpcError(other.asMerchant.notification.merchant.markRead({ id: shopNote.id }), "NOT_FOUND");
    await expectTrpcError(other.asConsumer.notification.consumer.markRead({ id: consumerNote.id }), "NOT_FOUND");
    // A shop's notification is not the consumer's, nor the reverse.
    await expectTrpcError(w.asConsumer.notification.consumer.markRead({ id: shopNote.id }), "NOT_FOUND");
    await expectTrpcError(w.asMerchant.notification.merchant.markRead({ id: consumerNote.id }), "NOT_FOUND");
    await expectTrpcError(w.asMerchant.notification.merchant.markRead({ id: "not-a-uuid" }), "NOT_FOUND");
    await other.asMerchant.notification.merchant.markAllRead();
    await other.asConsumer.notification.consumer.markAllRead();

    // Nothing changed for the owners.
    expect(await w.asMerchant.notification.merchant.unreadCount()).toEqual({ unread: 1 });
    expect(await w.asConsumer.notification.consumer.unreadCount()).toEqual({ unread: 1 });
    // A merchant is not a consumer and the reverse (FORBIDDEN at the procedure).
    await expectTrpcError(callerFor(db, w.merchant).notification.consumer.list({}), "FORBIDDEN");
    await expectTrpcError(callerFor(db, await createConsumer(db)).notification.merchant.unreadCount(), "FORBIDDEN");
  });

  it("pages newest first by (created_at, id) without gaps or repeats", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const consumerId = w.consumer.consumer.id;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      // Two share each instant, so the id breaks the tie.
      const at = new Date(TEST_NOW.getTime() + Math.floor(i / 2) * 1000);
      await db.transaction((tx) =>
        notify(tx, {
          to: { consumerId },
          kind: "dispute.judged",
          record: { type: "dispute", id: crypto.randomUUID() },
          now: at,
        }),
      );
    }
    const all = (await w.asConsumer.notification.consumer.list({ limit: 100 })).items.map((n) => n.id);
    expect(all).toHaveLength(5);
    let cursor: string | undefined;
    do {
      const page = await w.asConsumer.notification.consumer.list({ limit: 2, cursor });
      ids.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(all);
    await expectTrpcError(w.asConsumer.notification.consumer.list({ cursor: "garbage" }), "BAD_REQUEST");
  });
});

function newOrder(w: Awaited<ReturnType<typeof disputeWorld>>) {
  return createOrder(handle.db, {
    shopId: w.shop.id,
    consumerId: w.consumer.consumer.id,
    status: "completed",
    amountFen: 9_900,
  });
}
