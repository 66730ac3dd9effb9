import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { orders } from "@/db/schema";
import { createOrder, openTestDb, submissionKey } from "@/server/test/harness";
import {
  createInvoiceRequest,
  createUrgeWorkOrder,
  disputeRow,
  disputeWorld,
  type DisputeWorld,
} from "@/server/test/fixtures/disputes";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

type Outcome = Parameters<typeof createUrgeWorkOrder>[2];

/** An urged dispute on a fresh order of the world's shop, its urge work order left with `outcome`. */
async function urged(w: DisputeWorld, outcome: Outcome) {
  const order = await createOrder(handle.db, {
    shopId: w.shop.id,
    consumerId: w.consumer.consumer.id,
    status: "completed",
  });
  const request = await createInvoiceRequest(handle.db, { ...w, order }, { status: "requested" });
  await createUrgeWorkOrder(handle.db, request, outcome);
  const { id } = await w.asConsumer.dispute.consumer.open({
    invoiceId: request.id,
    scenario: "invoice_urged",
    claim: "催开票无人处理",
  });
  return id;
}

const judge = (w: DisputeWorld, disputeId: string, liableParty: "merchant" | "consumer" | "platform" | "none") =>
  w.asAdmin.dispute.admin.judge({
    idempotencyKey: submissionKey(),
    disputeId,
    liableParty,
    remedy: "none",
    reason: "依据催开票工单结果判责",
    rules: ["DSP-INV-2"],
  });

describe("DSP-INV-2: the urge work order's outcome decides", () => {
  it("DSP-INV-2: an expired urge work order — holding the consumer, the platform or nobody liable is refused with the reason; the merchant is held liable", async () => {
    const w = await disputeWorld(handle.db);
    const id = await urged(w, { status: "expired" });
    for (const party of ["consumer", "platform", "none"] as const) {
      await expect(judge(w, id, party)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: "催开票工单已超时未回复 → 依 DSP-INV-2 商家担责,不能判定其他责任方",
      });
    }
    expect((await disputeRow(handle.db, id)).status).toBe("platform_judging");
    await expect(judge(w, id, "merchant")).resolves.toMatchObject({ status: "judged", liableParty: "merchant" });
  });

  it("DSP-INV-2: a broken invoicing promise — only the merchant may be held liable", async () => {
    const w = await disputeWorld(handle.db);
    const id = await urged(w, {
      status: "broken",
      reply: { resolution: "agreed_invoice_date", promisedAt: "2026-03-10T00:00:00.000Z" },
    });
    await expect(judge(w, id, "consumer")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "约定开票时间已过仍未开票(承诺不履约)→ 依 DSP-INV-2 商家担责,不能判定其他责任方",
    });
    await expect(judge(w, id, "merchant")).resolves.toMatchObject({ liableParty: "merchant" });
  });

  it("DSP-INV-2: an FBP shop's expired work order makes the platform (the invoicing party) liable, not the merchant", async () => {
    const w = await disputeWorld(handle.db, { businessMode: "FBP" });
    const id = await urged(w, { status: "expired" });
    await expect(judge(w, id, "merchant")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "催开票工单已超时未回复 → 依 DSP-INV-2 平台担责,不能判定其他责任方",
    });
    await expect(judge(w, id, "platform")).resolves.toMatchObject({ liableParty: "platform" });
  });

  it("DSP-INV-2: a reply with an agreement — its evidence decides, so the consumer or the merchant may be held liable", async () => {
    const w = await disputeWorld(handle.db);
    const noInvoice = await urged(w, {
      status: "resolved",
      reply: { resolution: "agreed_no_invoice", note: "顾客同意无需开票" },
    });
    await expect(judge(w, noInvoice, "consumer")).resolves.toMatchObject({ liableParty: "consumer" });
    const cannot = await urged(w, {
      status: "resolved",
      reply: { resolution: "agreed_cannot_issue", note: "商品不可开票" },
    });
    await expect(judge(w, cannot, "merchant")).resolves.toMatchObject({ liableParty: "merchant" });
  });

  it("DSP-INV-2: the case page states the outcome and what it implies", async () => {
    const w = await disputeWorld(handle.db);
    const expired = await urged(w, { status: "expired" });
    const agreed = await urged(w, { status: "resolved", reply: { resolution: "agreed_no_invoice" } });
    const caseOf = (id: string) => w.asAdmin.adjudication.case({ kind: "dispute", id });
    expect(await caseOf(expired)).toMatchObject({
      dispute: {
        urgeWorkOrder: {
          status: "expired",
          verdict: {
            kind: "invoicing_party_liable",
            liableParty: "merchant",
            text: { "zh-CN": "催开票工单已超时未回复 → 依 DSP-INV-2 商家担责" },
          },
        },
      },
    });
    expect(await caseOf(agreed)).toMatchObject({
      dispute: { urgeWorkOrder: { status: "resolved", verdict: { kind: "evidence_decides", liableParty: null } } },
    });
    // The consumer's dispute page says the same.
    expect(await w.asConsumer.dispute.consumer.get({ disputeId: expired })).toMatchObject({
      urgeWorkOrder: { verdict: { liableParty: "merchant" } },
    });
  });
});

describe("WO-TM-6: worry-free purchase orders are never judged by the dispute flow", () => {
  it("WO-TM-6: neither invoice dispute can be opened on a worry-free order, and the reason names no other page", async () => {
    const w = await disputeWorld(handle.db, { worryFree: true });
    const refused = await createInvoiceRequest(handle.db, w, { status: "refused" });
    const message = "无忧采购订单按其专属流程处理,不适用纠纷流程(WO-TM-6)";
    await expect(
      w.asConsumer.dispute.consumer.open({ invoiceId: refused.id, scenario: "invoice_refused", claim: "商家拒绝开票" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message });
    const other = await createOrder(handle.db, {
      shopId: w.shop.id,
      consumerId: w.consumer.consumer.id,
      status: "completed",
      worryFree: true,
    });
    const pending = await createInvoiceRequest(handle.db, { ...w, order: other }, { status: "requested" });
    await createUrgeWorkOrder(handle.db, pending, { status: "expired" });
    await expect(
      w.asConsumer.dispute.consumer.open({ invoiceId: pending.id, scenario: "invoice_urged", claim: "催开票无人处理" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message });
    expect((await w.asConsumer.invoice.consumer.get({ invoiceId: pending.id })).canDispute).toEqual({
      refused: false,
      urged: false,
    });
  });

  it("WO-TM-6: a dispute already open on a worry-free order cannot be judged", async () => {
    const w = await disputeWorld(handle.db);
    const id = await urged(w, { status: "expired" });
    const { orderId } = await disputeRow(handle.db, id);
    await handle.db.update(orders).set({ worryFree: true }).where(eq(orders.id, orderId));
    await expect(judge(w, id, "merchant")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "无忧采购订单按其专属流程处理,不适用纠纷判责(WO-TM-6)",
    });
    expect((await disputeRow(handle.db, id)).status).toBe("platform_judging");
  });
});
