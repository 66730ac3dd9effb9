import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { HOUR_MS } from "@/server/domain/time";
import { callerFor, createConsumer, openTestDb, TEST_NOW } from "@/server/test/harness";
import {
  auditActions,
  createInvoiceRequest,
  createUrgeWorkOrder,
  disputeRow,
  disputeWorld,
  openRefused,
} from "@/server/test/fixtures/disputes";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const code = (e: unknown) => (e instanceof TRPCError ? e.code : String(e));

describe("opening invoice disputes", () => {
  it("DSP-INV-1 / DSP-4 / ROL-1: a refused invoice opens a dispute awaiting the merchant for 24h, under the current policy id+version", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { request, disputeId } = await openRefused(db, w);
    const row = await disputeRow(db, disputeId);
    expect(row).toMatchObject({
      status: "awaiting_merchant",
      scenario: "invoice_refused",
      responsibleParty: "merchant",
      invoiceRequestId: request.id,
      policyId: "jd.dispute.invoice_refused",
      policyVersion: 1,
      claim: "商家无理由拒绝开票,请处理",
      judgingSince: null,
    });
    expect(row.dueAt?.getTime()).toBe(TEST_NOW.getTime() + 24 * HOUR_MS);
    expect(await auditActions(db, disputeId)).toEqual([
      { action: "dispute.opened", actorRole: "consumer", internal: false },
    ]);
  });

  it("SHOP-1: an FBP shop's invoice dispute is the platform's to answer", async () => {
    const { db } = handle;
    const w = await disputeWorld(db, { businessMode: "FBP" });
    const { disputeId } = await openRefused(db, w);
    expect((await disputeRow(db, disputeId)).responsibleParty).toBe("platform");
  });

  it("DSP-INV-2: an urged dispute opens straight into platform judgment, tied to the latest failed urge work order, with no deadline", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const request = await createInvoiceRequest(db, w, { status: "requested" });
    await createUrgeWorkOrder(db, request, {
      status: "resolved",
      openedAt: new Date(TEST_NOW.getTime() - 5 * 24 * HOUR_MS),
      reply: { resolution: "agreed_no_invoice" },
    });
    const latest = await createUrgeWorkOrder(db, request, { status: "expired" });
    const opened = await w.asConsumer.dispute.consumer.open({
      invoiceId: request.id,
      scenario: "invoice_urged",
      claim: "催了也不开票",
    });
    const row = await disputeRow(db, opened.id);
    expect(row).toMatchObject({
      status: "platform_judging",
      workOrderId: latest.id,
      dueAt: null,
      policyId: "jd.dispute.invoice_urged",
      policyVersion: 1,
    });
    expect(row.judgingSince?.getTime()).toBe(TEST_NOW.getTime());
  });

  it("DSP-INV-2: an urged dispute needs a failed urge work order — none, or one still open, is refused", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const request = await createInvoiceRequest(db, w, { status: "requested" });
    const open = () =>
      w.asConsumer.dispute.consumer.open({ invoiceId: request.id, scenario: "invoice_urged", claim: "催了也不开票" });
    await expect(open()).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("请先催开票") });
    await createUrgeWorkOrder(db, request, { status: "open", openedAt: TEST_NOW });
    await expect(open()).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("仍在处理中") });
  });

  it("DSP-INV-2: a broken promise or a resolution without an invoice lets the consumer open an urged dispute", async () => {
    const { db } = handle;
    for (const wo of [
      { status: "broken" as const, reply: { resolution: "agreed_invoice_date", promisedAt: TEST_NOW.toISOString() } },
      { status: "resolved" as const, reply: { resolution: "agreed_cannot_issue" } },
    ]) {
      const w = await disputeWorld(db);
      const request = await createInvoiceRequest(db, w, { status: "requested" });
      await createUrgeWorkOrder(db, request, wo);
      await expect(
        w.asConsumer.dispute.consumer.open({ invoiceId: request.id, scenario: "invoice_urged", claim: "仍然没有发票" }),
      ).resolves.toMatchObject({ status: "platform_judging" });
    }
  });

  it("DSP-INV-1: a request that was not refused cannot be disputed as refused", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const request = await createInvoiceRequest(db, w, { status: "requested" });
    await expect(
      w.asConsumer.dispute.consumer.open({ invoiceId: request.id, scenario: "invoice_refused", claim: "商家拒绝开票" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("DSP-1: one live dispute per order and scenario — a second one is a clear CONFLICT", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { request, disputeId } = await openRefused(db, w);
    const error = await w.asConsumer.dispute.consumer
      .open({ invoiceId: request.id, scenario: "invoice_refused", claim: "再次发起纠纷" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("已有一个处理中的同类纠纷单") });
    const options = await w.asConsumer.dispute.consumer.openable({
      invoiceId: request.id,
      scenario: "invoice_refused",
    });
    expect(options).toMatchObject({ available: false, liveDisputeId: disputeId });
  });

  it("DSP-1: the claim is required (5–500 characters); nothing is stored otherwise", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const request = await createInvoiceRequest(db, w, { status: "refused" });
    const error = await w.asConsumer.dispute.consumer
      .open({ invoiceId: request.id, scenario: "invoice_refused", claim: "  短 " })
      .catch((e: unknown) => e);
    expect(code(error)).toBe("BAD_REQUEST");
    const options = await w.asConsumer.dispute.consumer.openable({
      invoiceId: request.id,
      scenario: "invoice_refused",
    });
    expect(options).toMatchObject({ available: true, liveDisputeId: null });
  });

  it("SHOP-3: another consumer's invoice is NOT_FOUND, for opening and for checking", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const request = await createInvoiceRequest(db, w, { status: "refused" });
    const stranger = callerFor(db, await createConsumer(db));
    await expect(
      stranger.dispute.consumer.open({ invoiceId: request.id, scenario: "invoice_refused", claim: "不是我的发票" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      stranger.dispute.consumer.openable({ invoiceId: request.id, scenario: "invoice_refused" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      stranger.dispute.consumer.open({ invoiceId: "not-a-uuid", scenario: "invoice_refused", claim: "不是我的发票" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
