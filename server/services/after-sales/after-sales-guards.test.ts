import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, TEST_NOW } from "@/server/test/harness";
import {
  actionsOf,
  afterSalesWorld,
  applyAt,
  at,
  D,
  H,
  ledgerOf,
  liveFlags,
  serviceOrderRow,
} from "@/server/test/fixtures/after-sales";
import { approveServiceOrder } from "./approve-service-order";
import { escalateServiceOrder } from "./escalate-service-order";
import { getAfterSalesOptions } from "./get-after-sales-options";
import { getServiceOrder } from "./get-service-order";
import { serviceOrdersOfOrder } from "./list-service-orders";
import { processServiceOrder } from "./process-service-order";
import { proposeToConsumer } from "./propose-to-consumer";
import { recordReceipt } from "./record-receipt";
import { completeRepair } from "./complete-repair";
import { confirmCompletion } from "./confirm-completion";
import { disputeCompletion } from "./dispute-completion";
import { recordVisit } from "./record-visit";
import { scheduleVisit } from "./schedule-visit";
import { respondToProposal } from "./respond-to-proposal";
import { shipReturn } from "./ship-return";
import { withdrawServiceOrder } from "./withdraw-service-order";
import { applyForService } from "./apply-for-service";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const approve = (serviceOrderId: string) => ({
  serviceOrderId,
  opinion: "同意",
  noCodReturn: false,
  includeAccessories: false,
});

describe("after-sales guards", () => {
  it("SHOP-3: every id-taking verb answers NOT_FOUND for another shop's or consumer's service order", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const other = await afterSalesWorld(db);
    const { id } = await applyAt(w, TEST_NOW);
    const m = other.asMerchant(at(H));
    const c = other.asConsumer(at(H));
    const calls: (() => Promise<unknown>)[] = [
      () => getServiceOrder(m, { serviceOrderId: id }),
      () => getServiceOrder(c, { serviceOrderId: id }),
      () => approveServiceOrder(m, approve(id)),
      () => proposeToConsumer(m, { serviceOrderId: id, kind: "reject", note: "不符合退货条件" }),
      () => recordReceipt(m, { serviceOrderId: id, photos: [] }),
      () => processServiceOrder(m, { serviceOrderId: id, result: "refund" }),
      () => scheduleVisit(m, { serviceOrderId: id, visitFrom: at(2 * H), visitTo: at(3 * H) }),
      () => recordVisit(m, { serviceOrderId: id, note: "已上门", photos: [] }),
      () => completeRepair(m, { serviceOrderId: id, carrier: "顺丰速运", trackingNo: "SF1234567000" }),
      () => escalateServiceOrder(m, { serviceOrderId: id, reason: "请平台处理此单" }),
      () => withdrawServiceOrder(c, { serviceOrderId: id }),
      () => respondToProposal(c, { serviceOrderId: id, proposalId: id, decision: "accept" }),
      () => shipReturn(c, { serviceOrderId: id, carrier: "顺丰速运", trackingNo: "SF1234567001" }),
      () => confirmCompletion(c, { serviceOrderId: id }),
      () => disputeCompletion(c, { serviceOrderId: id, reason: "师傅没有上门" }),
      () => escalateServiceOrder(c, { serviceOrderId: id, reason: "请平台处理此单" }),
      () => getAfterSalesOptions(c, { orderId: w.order.id }),
      () => serviceOrdersOfOrder(m, { orderId: w.order.id }),
      () =>
        applyForService(c, {
          orderId: w.order.id,
          type: "return",
          repairMode: null,
          reason: "no_reason_7d",
          description: "",
          items: [{ orderItemId: w.cable.id, quantity: 1 }],
          photos: [],
        }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ kind: "NOT_FOUND" });
    expect(await serviceOrderRow(db, id)).toMatchObject({ status: "pending_review" });
    expect(await actionsOf(db, id)).toEqual(["service_order.applied"]);
  });

  it("AS-2: approve at due − 1 ms is on time; at the due instant and after, the timeout applies instead (nothing written)", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const early = await applyAt(w, TEST_NOW);
    const due = at(24 * H);
    const ok = await approveServiceOrder(w.asMerchant(new Date(due.getTime() - 1)), approve(early.id));
    expect(ok.status).toBe("awaiting_return");
    expect((await ledgerOf(db, early.id))[0]).toMatchObject({ kind: "review", outcome: "met" });
    const late = await applyAt(w, TEST_NOW, {
      type: "exchange",
      reason: "other",
      description: "尺码不合适",
      items: [{ orderItemId: w.cable.id, quantity: 1 }],
    });
    const lateDue = at(48 * H);
    for (const now of [lateDue, new Date(lateDue.getTime() + 1)])
      await expect(approveServiceOrder(w.asMerchant(now), approve(late.id))).rejects.toMatchObject({
        code: "AS_DEADLINE_PASSED",
      });
    expect(await serviceOrderRow(db, late.id)).toMatchObject({ status: "pending_review", approvedAt: null });
  });

  it("AS-8: a proposal answered at due − 1 ms counts; at the due instant it has lapsed (the sweeper restores the request)", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const a = await applyAt(w, TEST_NOW, { type: "exchange", reason: "other", description: "颜色不喜欢" });
    const p = await proposeToConsumer(w.asMerchant(at(H)), {
      serviceOrderId: a.id,
      kind: "reject",
      note: "商品已拆封使用",
    });
    const due = at(H + 48 * H);
    await expect(
      respondToProposal(w.asConsumer(due), { serviceOrderId: a.id, proposalId: p.proposalId, decision: "refuse" }),
    ).rejects.toMatchObject({ code: "AS_PROPOSAL_LAPSED" });
    await expect(
      respondToProposal(w.asConsumer(new Date(due.getTime() + 1)), {
        serviceOrderId: a.id,
        proposalId: p.proposalId,
        decision: "refuse",
      }),
    ).rejects.toMatchObject({ code: "AS_PROPOSAL_LAPSED" });
    const ok = await respondToProposal(w.asConsumer(new Date(due.getTime() - 1)), {
      serviceOrderId: a.id,
      proposalId: p.proposalId,
      decision: "accept",
    });
    expect(ok.status).toBe("closed");
    expect(await serviceOrderRow(db, a.id)).toMatchObject({ closeReason: "rejected_with_consent" });
    expect(await liveFlags(db, a.id)).toEqual([false]);
  });

  it("AS-1: one live service order per item; stale actions leave the record unchanged (AS_STALE_STATE)", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const a = await applyAt(w, TEST_NOW);
    await expect(applyAt(w, at(H))).rejects.toMatchObject({ code: "AS_LIVE_SERVICE_ORDER" });
    const before = await serviceOrderRow(db, a.id);
    await expect(
      shipReturn(w.asConsumer(at(H)), { serviceOrderId: a.id, carrier: "顺丰速运", trackingNo: "SF1234567002" }),
    ).rejects.toMatchObject({ code: "AS_STALE_STATE" });
    await expect(
      processServiceOrder(w.asMerchant(at(H)), { serviceOrderId: a.id, result: "refund" }),
    ).rejects.toMatchObject({ code: "AS_STALE_STATE" });
    await approveServiceOrder(w.asMerchant(at(H)), approve(a.id));
    await expect(approveServiceOrder(w.asMerchant(at(H)), approve(a.id))).rejects.toMatchObject({
      code: "AS_STALE_STATE",
    });
    const after = await serviceOrderRow(db, a.id);
    expect(after.status).toBe("awaiting_return");
    expect(before.status).toBe("pending_review");
    // Withdrawn: closed, the item free again, the running deadline void.
    await withdrawServiceOrder(w.asConsumer(at(2 * H)), { serviceOrderId: a.id });
    expect(await serviceOrderRow(db, a.id)).toMatchObject({ status: "closed", closeReason: "withdrawn" });
    expect((await ledgerOf(db, a.id)).at(-1)).toMatchObject({ kind: "return_shipment", outcome: "void" });
    const again = await applyAt(w, at(3 * H));
    expect(again.serviceNo).toBe(`SV${w.order.orderNo}-02`);
  });

  it("AS-7: the 7-day window closes at its instant; the options say what is open and until when", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db, { signedDaysAgo: 7 });
    const options = await getAfterSalesOptions(w.asConsumer(new Date(TEST_NOW.getTime() - 1)), { orderId: w.order.id });
    const ret = options.items[0]?.available.find((o) => o.type === "return");
    expect(ret?.reasons.find((r) => r.reason === "no_reason_7d")?.until).toEqual(TEST_NOW);
    await expect(applyAt(w, TEST_NOW)).rejects.toMatchObject({ code: "AS_REASON_NOT_ALLOWED" });
    const ok = await applyAt(w, new Date(TEST_NOW.getTime() - 1));
    expect(ok.status).toBe("pending_review");
  });

  it("AS-3/AS-8: on-site repair — visit recorded, consumer says not done (clock from approval), escalates to the platform", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const a = await applyAt(w, TEST_NOW, {
      type: "repair",
      repairMode: "on_site",
      reason: "other",
      description: "耳机无法开机",
    });
    await approveServiceOrder(w.asMerchant(at(H)), { ...approve(a.id), visitFrom: at(D), visitTo: at(D + 2 * H) });
    let row = await serviceOrderRow(db, a.id);
    expect(row).toMatchObject({ status: "visit_scheduled", dueKind: "on_site" });
    expect(row.dueAt).toEqual(at(H + 7 * D));
    await recordVisit(w.asMerchant(at(D + H)), { serviceOrderId: a.id, note: "已上门维修", photos: [] });
    await disputeCompletion(w.asConsumer(at(2 * D)), { serviceOrderId: a.id, reason: "仍然无法开机" });
    row = await serviceOrderRow(db, a.id);
    expect(row).toMatchObject({ status: "awaiting_visit", dueKind: "on_site" });
    expect(row.dueAt).toEqual(at(H + 7 * D));
    const up = await escalateServiceOrder(w.asConsumer(at(3 * D)), { serviceOrderId: a.id, reason: "商家维修未完成" });
    expect(up).toMatchObject({ status: "platform_review", platformSince: at(3 * D), dueAt: at(3 * D + 48 * H) });
  });

  it("AS-3: send-in repair — received starts 30 days; completing late is allowed and ends with 原返", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const a = await applyAt(w, TEST_NOW, {
      type: "repair",
      repairMode: "send_in",
      reason: "other",
      description: "耳机无法充电",
    });
    await approveServiceOrder(w.asMerchant(at(H)), approve(a.id));
    await shipReturn(w.asConsumer(at(2 * H)), {
      serviceOrderId: a.id,
      carrier: "顺丰速运",
      trackingNo: "SF1234567003",
    });
    await recordReceipt(w.asMerchant(at(3 * H)), { serviceOrderId: a.id, photos: [] });
    const row = await serviceOrderRow(db, a.id);
    expect(row).toMatchObject({ status: "repairing", dueKind: "repair" });
    expect(row.dueAt).toEqual(at(3 * H + 30 * D));
    const done = await completeRepair(w.asMerchant(at(3 * H + 31 * D)), {
      serviceOrderId: a.id,
      carrier: "顺丰速运",
      trackingNo: "SF7654321000",
    });
    expect(done.status).toBe("completed");
    expect((await ledgerOf(db, a.id)).at(-1)).toMatchObject({ kind: "repair", outcome: "missed" });
  });
});
