import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, serviceContext, TEST_NOW } from "@/server/test/harness";
import { afterSalesWorld, applyAt, at, D, H, type AfterSalesWorld } from "@/server/test/fixtures/after-sales";
import { listNotifications } from "../notifications/list-notifications";
import { systemContext } from "../service-context";
import { runSweep } from "../sweep/sweep";
import { approveServiceOrder } from "./approve-service-order";
import { completeRepair } from "./complete-repair";
import { confirmCompletion } from "./confirm-completion";
import { disputeCompletion } from "./dispute-completion";
import { escalateServiceOrder } from "./escalate-service-order";
import { processServiceOrder } from "./process-service-order";
import { proposeToConsumer } from "./propose-to-consumer";
import { recordReceipt } from "./record-receipt";
import { recordVisit } from "./record-visit";
import { respondToProposal } from "./respond-to-proposal";
import { scheduleVisit } from "./schedule-visit";
import { shipReturn } from "./ship-return";
import { serviceOrderDeadlineTasksFor } from "./sweep-tasks";
import { withdrawServiceOrder } from "./withdraw-service-order";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

type Params = Record<string, string | number>;
type Note = [to: "merchant" | "consumer", kind: string, href: string | null, params: Params];
type So = { id: string; serviceNo: string };

/** What the shop and the consumer were told since the last look, through the real reader (href included). */
function inboxOf(w: AfterSalesWorld) {
  const seen = new Set<string>();
  return async (): Promise<Note[]> => {
    const fresh: Note[] = [];
    const readers = [["merchant", w.merchant] as const, ["consumer", w.consumer] as const];
    for (const [to, actor] of readers) {
      const page = await listNotifications(serviceContext(handle.db, actor), { limit: 100 });
      for (const n of page.items.filter((i) => !seen.has(i.id))) {
        seen.add(n.id);
        fresh.push([to, n.kind, n.href, n.params]);
      }
    }
    return fresh.sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));
  };
}

/** Expected: who is told, linked to their page of the service order (the shop's desk, the consumer's status page). */
const toldTo =
  (to: Note[0]) =>
  (so: So, type: string, kind: string, params: Params = {}): Note => [
    to,
    `service_order.${kind}`,
    to === "merchant" ? `/merchant/after-sales/${so.id}` : `/after-sales/${so.id}`,
    { serviceNo: so.serviceNo, type, ...params },
  ];
const merchant = toldTo("merchant");
const consumer = toldTo("consumer");

const approveInput = (serviceOrderId: string) => ({
  serviceOrderId,
  opinion: "同意",
  noCodReturn: false,
  includeAccessories: false,
});
const ship = (serviceOrderId: string, trackingNo: string) => ({ serviceOrderId, carrier: "顺丰速运", trackingNo });
const sweep = (w: AfterSalesWorld, when: Date) =>
  runSweep(systemContext(handle.db, when), { tasks: serviceOrderDeadlineTasksFor([w.shop.id]) });

/** A 七天无理由 return (one pair, ¥99) approved at 1h, shipped at 2h and received at 30h. */
async function receivedReturn(w: AfterSalesWorld) {
  const a = await applyAt(w, TEST_NOW);
  await approveServiceOrder(w.asMerchant(at(H)), approveInput(a.id));
  await shipReturn(w.asConsumer(at(2 * H)), ship(a.id, "SF1234567890"));
  await recordReceipt(w.asMerchant(at(30 * H)), { serviceOrderId: a.id, photos: [] });
  return a;
}

/** An exchange (reason other) the merchant proposes at 10h to turn into a refund (due at 58h; 38h left). */
async function proposedChange(w: AfterSalesWorld) {
  const a = await applyAt(w, TEST_NOW, { type: "exchange", reason: "other", description: "颜色不喜欢,想换" });
  const p = await proposeToConsumer(w.asMerchant(at(10 * H)), {
    serviceOrderId: a.id,
    kind: "change_result",
    changeTo: "refund",
    note: "该颜色已无库存,建议退货退款",
  });
  return { a, p };
}

describe("NTF-1/NTF-2: the after-sales verbs tell the other party", () => {
  it("NTF-1: the merchant is told of a new application with the review deadline; AS-2: the consumer of the approval; no one else", async () => {
    const w = await afterSalesWorld(handle.db);
    const other = await afterSalesWorld(handle.db);
    const inbox = inboxOf(w);
    const a = await applyAt(w, TEST_NOW);
    expect(await inbox()).toEqual([
      merchant(a, "return", "applied", { reason: "no_reason_7d", dueAt: "2026-03-16T04:00:00.000Z" }),
    ]);
    await approveServiceOrder(w.asMerchant(at(H)), approveInput(a.id));
    expect(await inbox()).toEqual([
      consumer(a, "return", "approved", { basis: "merchant", dueAt: "2026-03-22T05:00:00.000Z" }),
    ]);
    expect(await inboxOf(other)()).toEqual([]);
  });

  it("SVC-1: 极速审核 — the consumer is told it was approved at once; the merchant gets no review request", async () => {
    const w = await afterSalesWorld(handle.db, { services: { fastReview: true } });
    const inbox = inboxOf(w);
    const a = await applyAt(w, TEST_NOW);
    expect(await inbox()).toEqual([
      consumer(a, "return", "approved", { basis: "fast_review", dueAt: "2026-03-22T04:00:00.000Z" }),
    ]);
  });

  it("AS-5: the consumer is asked for consent until the proposal's due instant; accepting a deduction tells the merchant and the consumer of the refund (basis consent)", async () => {
    const w = await afterSalesWorld(handle.db);
    const a = await receivedReturn(w);
    const inbox = inboxOf(w);
    expect((await inbox()).map(([to, kind]) => `${to} ${kind}`)).toEqual([
      "consumer service_order.approved",
      "consumer service_order.received",
      "merchant service_order.applied",
    ]);
    const p = await proposeToConsumer(w.asMerchant(at(31 * H)), {
      serviceOrderId: a.id,
      kind: "deduction",
      goodsDeductionFen: 0,
      shippingDeductionFen: 1_000,
      note: "退货运费由买家承担",
      photos: [],
    });
    expect(await inbox()).toEqual([
      consumer(a, "return", "consent_requested", { proposal: "deduction", dueAt: "2026-03-18T11:00:00.000Z" }),
    ]);
    const answer = { serviceOrderId: a.id, proposalId: p.proposalId, decision: "accept" as const };
    await respondToProposal(w.asConsumer(at(32 * H)), answer);
    expect(await inbox()).toEqual([
      consumer(a, "return", "processed", { result: "refund", amountFen: 8_900, basis: "consent" }),
      merchant(a, "return", "answered", { proposal: "deduction", decision: "accepted", dueAt: "" }),
    ]);
  });

  it("AS-5: a rejection the consumer accepts — the merchant hears the answer, the consumer that it closed", async () => {
    const w = await afterSalesWorld(handle.db);
    const a = await applyAt(w, TEST_NOW, { type: "exchange", reason: "other", description: "颜色不喜欢,想换" });
    const p = await proposeToConsumer(w.asMerchant(at(10 * H)), {
      serviceOrderId: a.id,
      kind: "reject",
      note: "商品已超出换货条件",
    });
    const inbox = inboxOf(w);
    expect((await inbox()).map(([to, kind]) => `${to} ${kind}`)).toEqual([
      "consumer service_order.consent_requested",
      "merchant service_order.applied",
    ]);
    const answer = { serviceOrderId: a.id, proposalId: p.proposalId, decision: "accept" as const };
    await respondToProposal(w.asConsumer(at(12 * H)), answer);
    expect(await inbox()).toEqual([
      consumer(a, "exchange", "closed", { why: "rejected_with_consent" }),
      merchant(a, "exchange", "answered", { proposal: "reject", decision: "accepted", dueAt: "" }),
    ]);
  });

  it("AS-8: a refusal tells the merchant when to continue by; the consumer's escalation tells the merchant", async () => {
    const w = await afterSalesWorld(handle.db);
    const { a, p } = await proposedChange(w);
    const inbox = inboxOf(w);
    await inbox();
    const refusal = { serviceOrderId: a.id, proposalId: p.proposalId, decision: "refuse" as const };
    await respondToProposal(w.asConsumer(at(12 * H)), { ...refusal, refusalReason: "我只要换货" });
    expect(await inbox()).toEqual([
      merchant(a, "exchange", "answered", {
        proposal: "change_result",
        decision: "refused",
        dueAt: "2026-03-17T06:00:00.000Z",
      }),
    ]);
    await escalateServiceOrder(w.asConsumer(at(13 * H)), { serviceOrderId: a.id, reason: "商家不给换货" });
    expect(await inbox()).toEqual([merchant(a, "exchange", "escalated", { by: "consumer" })]);
  });

  it("AS-8: a lapse tells the merchant once — nothing at −1 ms, one answer at the due instant, nothing more after; an answer just in time is told once and the sweeper adds nothing", async () => {
    const w = await afterSalesWorld(handle.db);
    const { a } = await proposedChange(w);
    const inbox = inboxOf(w);
    await inbox();
    await sweep(w, at(58 * H - 1));
    expect(await inbox()).toEqual([]);
    await sweep(w, at(58 * H));
    expect(await inbox()).toEqual([
      merchant(a, "exchange", "answered", {
        proposal: "change_result",
        decision: "lapsed",
        dueAt: "2026-03-19T04:00:00.000Z",
      }),
    ]);
    await sweep(w, at(59 * H));
    expect(await inbox()).toEqual([]);

    const w2 = await afterSalesWorld(handle.db);
    const late = await proposedChange(w2);
    const inbox2 = inboxOf(w2);
    await inbox2();
    const refusal = { serviceOrderId: late.a.id, proposalId: late.p.proposalId, decision: "refuse" as const };
    await respondToProposal(w2.asConsumer(at(58 * H - 1)), refusal);
    await sweep(w2, at(58 * H));
    expect(await inbox2()).toEqual([
      merchant(late.a, "exchange", "answered", {
        proposal: "change_result",
        decision: "refused",
        dueAt: "2026-03-19T03:59:59.999Z",
      }),
    ]);
  });

  it("AS-4: processing tells the consumer the result and the refund; SVC-2: a flash refund is told when the tracking number is entered, the arrival adds nothing", async () => {
    const w = await afterSalesWorld(handle.db);
    const a = await receivedReturn(w);
    const inbox = inboxOf(w);
    await inbox();
    await processServiceOrder(w.asMerchant(at(31 * H)), { serviceOrderId: a.id, result: "refund" });
    const refund = { result: "refund", amountFen: 9_900 };
    expect(await inbox()).toEqual([consumer(a, "return", "processed", { ...refund, basis: "merchant" })]);

    const f = await afterSalesWorld(handle.db, { services: { flashRefund: true } });
    const flash = inboxOf(f);
    const b = await applyAt(f, TEST_NOW);
    await approveServiceOrder(f.asMerchant(at(H)), approveInput(b.id));
    await flash();
    await shipReturn(f.asConsumer(at(2 * H)), ship(b.id, "JDV000123456"));
    expect(await flash()).toEqual([consumer(b, "return", "processed", { ...refund, basis: "flash_refund" })]);
    await recordReceipt(f.asMerchant(at(30 * H)), { serviceOrderId: b.id, photos: [] });
    expect(await flash()).toEqual([]);
  });

  it("NTF-1: the consumer's withdrawal tells the merchant; AS-3: a send-in repair shipped back tells the consumer 原返", async () => {
    const w = await afterSalesWorld(handle.db);
    const repair = { type: "repair" as const, repairMode: "send_in" as const, reason: "other" as const };
    const a = await applyAt(w, TEST_NOW, { ...repair, description: "耳机无法充电" });
    await approveServiceOrder(w.asMerchant(at(H)), approveInput(a.id));
    await shipReturn(w.asConsumer(at(2 * H)), ship(a.id, "SF1234567003"));
    await recordReceipt(w.asMerchant(at(3 * H)), { serviceOrderId: a.id, photos: [] });
    const b = await applyAt(w, at(4 * H), { items: [{ orderItemId: w.cable.id, quantity: 1 }] });
    const inbox = inboxOf(w);
    await inbox();
    await withdrawServiceOrder(w.asConsumer(at(5 * H)), { serviceOrderId: b.id });
    expect(await inbox()).toEqual([merchant(b, "return", "withdrawn")]);
    await completeRepair(w.asMerchant(at(5 * D)), ship(a.id, "SF7654321000"));
    expect(await inbox()).toEqual([
      consumer(a, "repair", "processed", { result: "return_original", amountFen: 0, basis: "merchant" }),
    ]);
  });

  it("AS-3: on-site — the consumer is told the visit window (and its move), then asked to confirm within 72h; a confirmation tells the merchant; after a dispute the merchant's escalation tells the consumer", async () => {
    const w = await afterSalesWorld(handle.db);
    const onSite = { type: "repair" as const, repairMode: "on_site" as const, reason: "other" as const };
    const a = await applyAt(w, TEST_NOW, { ...onSite, description: "耳机无法开机" });
    const inbox = inboxOf(w);
    await inbox();
    const window1 = { visitFrom: at(D), visitTo: at(D + 2 * H) };
    await approveServiceOrder(w.asMerchant(at(H)), { ...approveInput(a.id), ...window1 });
    expect(await inbox()).toEqual([
      consumer(a, "repair", "approved", { basis: "merchant", dueAt: "2026-03-22T05:00:00.000Z" }),
      consumer(a, "repair", "visit_scheduled", {
        visitFrom: "2026-03-16T04:00:00.000Z",
        visitTo: "2026-03-16T06:00:00.000Z",
      }),
    ]);
    await scheduleVisit(w.asMerchant(at(2 * H)), {
      serviceOrderId: a.id,
      visitFrom: at(2 * D),
      visitTo: at(2 * D + H),
    });
    expect(await inbox()).toEqual([
      consumer(a, "repair", "visit_scheduled", {
        visitFrom: "2026-03-17T04:00:00.000Z",
        visitTo: "2026-03-17T05:00:00.000Z",
      }),
    ]);
    await recordVisit(w.asMerchant(at(2 * D + H)), { serviceOrderId: a.id, note: "已上门维修", photos: [] });
    expect(await inbox()).toEqual([consumer(a, "repair", "visit_recorded", { dueAt: "2026-03-20T05:00:00.000Z" })]);
    await confirmCompletion(w.asConsumer(at(3 * D)), { serviceOrderId: a.id });
    expect(await inbox()).toEqual([merchant(a, "repair", "completed", { basis: "consumer" })]);

    const cable = [{ orderItemId: w.cable.id, quantity: 1 }];
    const b = await applyAt(w, at(3 * D), { ...onSite, description: "充电线接触不良", items: cable });
    await approveServiceOrder(w.asMerchant(at(3 * D + H)), approveInput(b.id));
    await recordVisit(w.asMerchant(at(4 * D)), { serviceOrderId: b.id, note: "已上门维修", photos: [] });
    await inbox();
    await disputeCompletion(w.asConsumer(at(4 * D + H)), { serviceOrderId: b.id, reason: "仍然接触不良" });
    expect(await inbox()).toEqual([
      merchant(b, "repair", "completion_disputed", { dueAt: "2026-03-25T05:00:00.000Z" }),
    ]);
    await escalateServiceOrder(w.asMerchant(at(4 * D + 2 * H)), { serviceOrderId: b.id, reason: "已按要求维修完毕" });
    expect(await inbox()).toEqual([consumer(b, "repair", "escalated", { by: "merchant" })]);
  });
});
