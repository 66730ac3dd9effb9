import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { invoiceObligations, invoiceRequests, violations } from "@/db/schema";
import { HOUR_MS } from "@/server/domain/time";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { createOrder, openTestDb, TEST_NOW, submissionKey } from "@/server/test/harness";
import {
  createInvoiceRequest,
  createUrgeWorkOrder,
  disputeWorld,
  openRefused,
  sweepDisputes,
  uploadFile,
  type DisputeWorld,
} from "@/server/test/fixtures/disputes";
import { invoiceObligationTasksFor } from "./sweep-tasks";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

// TEST_NOW is 2026-03-15 12:00 in Asia/Shanghai; "by 2026-03-20" ends at 2026-03-21 00:00 there.
const DUE = new Date("2026-03-20T16:00:00.000Z");
const at = (ms: number) => new Date(DUE.getTime() + ms);

/** An urged dispute whose urge work order expired, judged against the invoicing party with an order to issue by 2026-03-20. */
async function ordered(w: DisputeWorld, liableParty: "merchant" | "platform" = "merchant") {
  const request = await createInvoiceRequest(handle.db, w, { status: "requested" });
  await createUrgeWorkOrder(handle.db, request, { status: "expired" });
  const { id } = await w.asConsumer.dispute.consumer.open({
    invoiceId: request.id,
    scenario: "invoice_urged",
    claim: "催开票无人处理",
  });
  const judged = await w.asAdmin.dispute.admin.judge({
    idempotencyKey: submissionKey(),
    disputeId: id,
    liableParty,
    remedy: "compensation",
    amountFen: 500,
    reason: "超时未开票,责令限期开票",
    rules: ["DSP-INV-2", "DSP-INV-3"],
    issueInvoiceBy: "2026-03-20",
  });
  return { disputeId: id, request, judged };
}

const sweep = (w: DisputeWorld, now: Date) =>
  runSweep(systemContext(handle.db, now), { tasks: invoiceObligationTasksFor([w.shop.id]) });
const obligationOf = async (disputeId: string) =>
  (await handle.db.select().from(invoiceObligations).where(eq(invoiceObligations.disputeId, disputeId)))[0];
const ticketsOf = (disputeId: string) =>
  handle.db
    .select()
    .from(violations)
    .where(and(eq(violations.sourceId, disputeId), eq(violations.rule, "DSP-INV-3")));

async function issue(w: DisputeWorld, invoiceId: string) {
  const file = await uploadFile(handle.db, w.merchant.userId, "pdf", w.shop.id);
  return w.asMerchant.invoice.merchant.issue({ invoiceId, invoiceNo: "25312000000012345678", fileId: file.id });
}

describe("DSP-INV-3: a judgment orders the invoice issued by a date", () => {
  it("DSP-INV-3: the judgment records an open obligation due at the end of the day, shown to the consumer and the merchant", async () => {
    const w = await disputeWorld(handle.db);
    const { disputeId, request, judged } = await ordered(w);
    expect(judged).toMatchObject({
      liableParty: "merchant",
      remedy: "compensation",
      issueInvoiceBy: { day: "2026-03-20", dueAt: DUE },
    });
    expect(await obligationOf(disputeId)).toMatchObject({
      source: "judgment",
      status: "open",
      dueDay: "2026-03-20",
      dueAt: DUE,
      invoiceRequestId: request.id,
      invoicingParty: "merchant",
    });
    const shown = { source: "judgment", status: "open", dueDay: "2026-03-20", dueAt: DUE };
    expect((await w.asConsumer.dispute.consumer.get({ disputeId })).obligation).toMatchObject(shown);
    expect((await w.asMerchant.dispute.merchant.get({ disputeId })).obligation).toMatchObject(shown);
    expect((await w.asConsumer.invoice.consumer.get({ invoiceId: request.id })).obligations).toMatchObject([shown]);
    expect((await w.asMerchant.invoice.merchant.get({ invoiceId: request.id })).obligations).toMatchObject([shown]);
    const kinds = (await w.asMerchant.notification.merchant.list({})).items.map((n) => n.kind);
    expect(kinds).toContain("dispute.invoice_due");
  });

  it("DSP-INV-3: the day must be after today; the order needs the invoicing party held liable and an unissued invoice", async () => {
    const w = await disputeWorld(handle.db);
    const request = await createInvoiceRequest(handle.db, w, { status: "requested" });
    await createUrgeWorkOrder(handle.db, request, { status: "expired" });
    const { id } = await w.asConsumer.dispute.consumer.open({
      invoiceId: request.id,
      scenario: "invoice_urged",
      claim: "催开票无人处理",
    });
    const judge = (issueInvoiceBy: string) =>
      w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId: id,
        liableParty: "merchant",
        remedy: "none",
        reason: "责令限期开票",
        rules: ["DSP-INV-3"],
        issueInvoiceBy,
      });
    await expect(judge("2026-03-15")).rejects.toMatchObject({ code: "BAD_REQUEST", message: "开票期限必须晚于今天" });
    await expect(judge("20260320")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await obligationOf(id)).toBeUndefined();
    await expect(judge("2026-03-16")).resolves.toMatchObject({
      issueInvoiceBy: { day: "2026-03-16", dueAt: new Date("2026-03-16T16:00:00.000Z") },
    });

    const other = await createOrder(handle.db, {
      shopId: w.shop.id,
      consumerId: w.consumer.consumer.id,
      status: "completed",
    });
    const agreed = await createInvoiceRequest(handle.db, { ...w, order: other }, { status: "requested" });
    await createUrgeWorkOrder(handle.db, agreed, { status: "resolved", reply: { resolution: "agreed_no_invoice" } });
    const evidence = await w.asConsumer.dispute.consumer.open({
      invoiceId: agreed.id,
      scenario: "invoice_urged",
      claim: "催开票无人处理",
    });
    await expect(
      w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId: evidence.id,
        liableParty: "consumer",
        remedy: "none",
        reason: "顾客已同意无需开票",
        rules: ["DSP-INV-2"],
        issueInvoiceBy: "2026-03-20",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "只有判定开票方(商家)担责时,才能责令限期开票" });
  });

  it("DSP-INV-3: the sweeper — 1 ms before the deadline still open, at it broken with one DSP-INV-3 ticket of 2 points, after it nothing more", async () => {
    const w = await disputeWorld(handle.db);
    const { disputeId, request } = await ordered(w);
    await sweep(w, at(-1));
    expect((await obligationOf(disputeId))?.status).toBe("open");
    expect((await sweep(w, at(0))).applied["invoice_obligation.break"]).toBe(1);
    expect(await obligationOf(disputeId)).toMatchObject({ status: "broken", closedAt: at(0) });
    expect(await ticketsOf(disputeId)).toMatchObject([
      { shopId: w.shop.id, sourceType: "dispute", points: 2, status: "pending", raisedBy: "system" },
    ]);
    expect((await sweep(w, at(HOUR_MS))).applied["invoice_obligation.break"]).toBe(0);
    expect(await ticketsOf(disputeId)).toHaveLength(1);
    expect((await w.asConsumer.invoice.consumer.get({ invoiceId: request.id })).obligations).toMatchObject([
      { status: "broken" },
    ]);
  });

  it("DSP-INV-3: issuing 1 ms before the deadline fulfils the obligation and no ticket follows; issuing at it breaks it", async () => {
    const w = await disputeWorld(handle.db);
    const { disputeId, request } = await ordered(w);
    w.clock.set(at(-1));
    await issue(w, request.id);
    expect(await obligationOf(disputeId)).toMatchObject({
      status: "fulfilled",
      closedAt: at(-1),
      invoiceNo: "25312000000012345678",
    });
    await sweep(w, at(HOUR_MS));
    expect(await ticketsOf(disputeId)).toEqual([]);

    const late = await disputeWorld(handle.db);
    const second = await ordered(late);
    late.clock.set(at(0));
    await issue(late, second.request.id);
    expect(await obligationOf(second.disputeId)).toMatchObject({ status: "broken", closedAt: at(0) });
    expect(await ticketsOf(second.disputeId)).toHaveLength(1);
  });

  it("DSP-INV-3: an FBP shop's obligation is the platform's — broken, but no ticket for the merchant", async () => {
    const w = await disputeWorld(handle.db, { businessMode: "FBP" });
    const { disputeId } = await ordered(w, "platform");
    await sweep(w, at(0));
    expect(await obligationOf(disputeId)).toMatchObject({ status: "broken", invoicingParty: "platform" });
    expect(await ticketsOf(disputeId)).toEqual([]);
  });
});

describe("DSP-INV-3: an agreed invoicing date chosen as a settlement is watched too", () => {
  it("DSP-INV-3: 另行约定开票日期 confirmed → an obligation on a fresh request the merchant can issue; missed → a ticket", async () => {
    const w = await disputeWorld(handle.db);
    const { disputeId, request } = await openRefused(handle.db, w);
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "agreed_other_date",
      date: "2026-03-20",
    });
    expect(await obligationOf(disputeId)).toBeUndefined();
    await w.asConsumer.dispute.consumer.respond({ idempotencyKey: submissionKey(), disputeId, decision: "confirm" });
    const obligation = await obligationOf(disputeId);
    expect(obligation).toMatchObject({ source: "settlement", status: "open", dueDay: "2026-03-20", dueAt: DUE });
    expect(obligation?.invoiceRequestId).not.toBe(request.id);
    const [fresh] = await handle.db
      .select()
      .from(invoiceRequests)
      .where(eq(invoiceRequests.id, obligation?.invoiceRequestId ?? ""));
    expect(fresh).toMatchObject({ status: "requested", orderId: w.order.id, title: request.title });
    expect((await w.asConsumer.dispute.consumer.get({ disputeId })).obligation).toMatchObject({
      source: "settlement",
      status: "open",
    });
    await sweep(w, at(0));
    expect(await ticketsOf(disputeId)).toMatchObject([{ points: 2 }]);
  });

  it("DSP-INV-3: an agreed date taken as confirmed after 72h of silence is watched; a rejected one binds nothing", async () => {
    const w = await disputeWorld(handle.db);
    const { disputeId } = await openRefused(handle.db, w);
    await w.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId,
      kind: "settlement",
      plan: "agreed_other_date",
      date: "2026-03-25",
    });
    await sweepDisputes(handle.db, new Date(TEST_NOW.getTime() + 72 * HOUR_MS), [disputeId]);
    expect(await obligationOf(disputeId)).toMatchObject({ source: "settlement", status: "open", dueDay: "2026-03-25" });

    const other = await disputeWorld(handle.db);
    const rejected = await openRefused(handle.db, other);
    await other.asMerchant.dispute.merchant.choosePlan({
      idempotencyKey: submissionKey(),
      disputeId: rejected.disputeId,
      kind: "settlement",
      plan: "agreed_other_date",
      date: "2026-03-25",
    });
    await other.asConsumer.dispute.consumer.respond({
      idempotencyKey: submissionKey(),
      disputeId: rejected.disputeId,
      decision: "reject",
      reason: "我现在就需要发票",
    });
    expect(await obligationOf(rejected.disputeId)).toBeUndefined();
  });
});
