import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createMerchant, createShop, openTestDb } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  actionsOf,
  applied,
  evidenceOf,
  H,
  IV_NOW,
  upload,
  world,
  workOrderRow,
  type World,
} from "@/server/test/fixtures/intervention";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const merchantAt = (w: World, at: Date = IV_NOW, locale: "zh-CN" | "en" = "zh-CN") =>
  callerFor(handle.db, w.merchant, { now: fixedClock(at), locale });
const photo = (w: World) => upload(handle.db, w.merchant.userId, "jpeg");

async function notReceived() {
  const w = await world(handle.db);
  return { w, id: await applied(handle.db, w, "not_received") };
}

describe("submit work-order evidence (PDD 举证)", () => {
  it("WO-PDD-1/WO-3: the shipping receipt alone is refused naming 签收物流红章证明, and nothing is stored", async () => {
    const { w, id } = await notReceived();
    const error = await expectTrpcError(
      merchantAt(w).intervention.merchant.submitEvidence({
        workOrderId: id,
        evidence: { shipping_receipt: [await photo(w)] },
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("签收物流红章证明");
    expect(error.message).not.toContain("发货底单」");
    const en = await expectTrpcError(
      merchantAt(w, IV_NOW, "en").intervention.merchant.submitEvidence({
        workOrderId: id,
        evidence: { shipping_receipt: [await photo(w)] },
      }),
      "BAD_REQUEST",
    );
    expect(en.message).toContain("Signed red-stamp logistics proof");
    expect(await evidenceOf(handle.db, id)).toHaveLength(0);
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
  });

  it("WO-3: every missing slot is named at once; a file of the wrong kind is refused for its slot; nothing is stored", async () => {
    const w = await world(handle.db);
    const id = await applied(handle.db, w, "missing_items");
    const missing = await expectTrpcError(
      merchantAt(w).intervention.merchant.submitEvidence({
        workOrderId: id,
        path: "weighing_photos",
        evidence: { shipping_weighing: [await photo(w)] },
      }),
      "BAD_REQUEST",
    );
    expect(missing.message).toContain("签收称重图");
    expect(missing.message).toContain("派件称重图");
    const pdf = await upload(handle.db, w.merchant.userId, "pdf");
    const wrongKind = await expectTrpcError(
      merchantAt(w).intervention.merchant.submitEvidence({
        workOrderId: id,
        path: "weighing_photos",
        evidence: { shipping_weighing: [await photo(w)], signing_weighing: [pdf], delivery_weighing: [await photo(w)] },
      }),
      "BAD_REQUEST",
    );
    expect(wrongKind.message).toContain("「签收称重图」只接受 JPG/PNG/WEBP");
    expect(await evidenceOf(handle.db, id)).toHaveLength(0);
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
  });

  it("WO-3: a valid submission is stored as submitted evidence and frozen; a second submission is a CONFLICT", async () => {
    const { w, id } = await notReceived();
    const receipt = await photo(w);
    const stamp = await upload(handle.db, w.merchant.userId, "pdf");
    const result = await merchantAt(w).intervention.merchant.submitEvidence({
      workOrderId: id,
      evidence: { shipping_receipt: [receipt], signed_red_stamp: [stamp] },
    });
    expect(result).toMatchObject({ status: "judging", path: "delivery_proof" });
    const items = await evidenceOf(handle.db, id);
    expect(items.map((i) => [i.slot, i.fileId, i.submitted])).toEqual(
      expect.arrayContaining([
        ["shipping_receipt", receipt, true],
        ["signed_red_stamp", stamp, true],
      ]),
    );
    const again = await expectTrpcError(
      merchantAt(w).intervention.merchant.submitEvidence({
        workOrderId: id,
        evidence: { shipping_receipt: [await photo(w)], signed_red_stamp: [await photo(w)] },
      }),
      "CONFLICT",
    );
    expect(again.message).toContain("凭证已提交");
    expect(await evidenceOf(handle.db, id)).toHaveLength(2);
    expect(await actionsOf(handle.db, id)).toEqual(["work_order.opened", "work_order.evidence_submitted"]);
  });

  it("WO-PDD-2: exactly one path — none chosen is refused; a reshipment without its tracking number is refused; with it the work order is resolved", async () => {
    const w = await world(handle.db);
    const id = await applied(handle.db, w, "missing_items");
    await expectTrpcError(
      merchantAt(w).intervention.merchant.submitEvidence({ workOrderId: id, evidence: {} }),
      "BAD_REQUEST",
    );
    const noTracking = await expectTrpcError(
      merchantAt(w).intervention.merchant.submitEvidence({
        workOrderId: id,
        path: "reshipment",
        evidence: {},
        fields: { note: "已补发漏发的配件" },
      }),
      "BAD_REQUEST",
    );
    expect(noTracking.message).toContain("补发物流单号");
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
    const ok = await merchantAt(w).intervention.merchant.submitEvidence({
      workOrderId: id,
      path: "reshipment",
      evidence: {},
      fields: { note: "已补发漏发的配件", trackingNo: "SF1234567890" },
    });
    expect(ok.status).toBe("resolved");
    const row = await workOrderRow(handle.db, id);
    expect(row.reply).toMatchObject({ resolution: "reshipment", note: "已补发漏发的配件", trackingNo: "SF1234567890" });
    expect(row.closedAt?.getTime()).toBe(IV_NOW.getTime());
  });

  it("WO-PDD-2: the three weighing photos go to platform judgment", async () => {
    const w = await world(handle.db);
    const id = await applied(handle.db, w, "missing_items");
    const ok = await merchantAt(w).intervention.merchant.submitEvidence({
      workOrderId: id,
      path: "weighing_photos",
      evidence: {
        shipping_weighing: [await photo(w)],
        signing_weighing: [await photo(w)],
        delivery_weighing: [await photo(w)],
      },
    });
    expect(ok.status).toBe("judging");
    expect(await evidenceOf(handle.db, id)).toHaveLength(3);
  });

  it("WO-PDD-1: 1 ms before the 48h deadline the evidence is accepted; exactly at it the submission is refused", async () => {
    const early = await notReceived();
    const due = IV_NOW.getTime() + 48 * H;
    const res = await merchantAt(early.w, new Date(due - 1)).intervention.merchant.submitEvidence({
      workOrderId: early.id,
      evidence: { shipping_receipt: [await photo(early.w)], signed_red_stamp: [await photo(early.w)] },
    });
    expect(res.status).toBe("judging");
    const late = await notReceived();
    for (const at of [due, due + 1]) {
      await expectTrpcError(
        merchantAt(late.w, new Date(at)).intervention.merchant.submitEvidence({
          workOrderId: late.id,
          evidence: { shipping_receipt: [await photo(late.w)], signed_red_stamp: [await photo(late.w)] },
        }),
        "CONFLICT",
      );
    }
    expect(await evidenceOf(handle.db, late.id)).toHaveLength(0);
  });

  it("WO-PDD-2: a missing-items reply at 24h − 1 ms is accepted; at the 24h deadline exactly and after it is refused", async () => {
    const reship = {
      path: "reshipment" as const,
      evidence: {},
      fields: { note: "已补发漏发的配件", trackingNo: "SF1234567890" },
    };
    const early = await world(handle.db);
    const answered = await applied(handle.db, early, "missing_items");
    const res = await merchantAt(early, new Date("2037-06-02T03:59:59.999Z")).intervention.merchant.submitEvidence({
      workOrderId: answered,
      ...reship,
    });
    expect(res.status).toBe("resolved");
    expect((await workOrderRow(handle.db, answered)).closedAt).toEqual(new Date("2037-06-02T03:59:59.999Z"));
    const late = await world(handle.db);
    const id = await applied(handle.db, late, "missing_items");
    for (const at of ["2037-06-02T04:00:00.000Z", "2037-06-02T04:00:00.001Z"]) {
      await expectTrpcError(
        merchantAt(late, new Date(at)).intervention.merchant.submitEvidence({ workOrderId: id, ...reship }),
        "CONFLICT",
      );
    }
    expect(await workOrderRow(handle.db, id)).toMatchObject({ status: "open", reply: null });
  });

  it("SHOP-3: another shop's merchant gets NOT_FOUND and cannot use another shop's files", async () => {
    const { w, id } = await notReceived();
    const other = await createMerchant(handle.db, (await createShop(handle.db, { marketplaceStyle: "pdd" })).id);
    const caller = callerFor(handle.db, other, { now: fixedClock(IV_NOW) });
    const evidence = { shipping_receipt: [await photo(w)], signed_red_stamp: [await photo(w)] };
    await expectTrpcError(caller.intervention.merchant.submitEvidence({ workOrderId: id, evidence }), "NOT_FOUND");
    // The rightful merchant cannot submit files another person uploaded.
    const foreign = { shipping_receipt: [await upload(handle.db, other.userId)], signed_red_stamp: [await photo(w)] };
    const error = await expectTrpcError(
      merchantAt(w).intervention.merchant.submitEvidence({ workOrderId: id, evidence: foreign }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("发货底单");
    expect(await evidenceOf(handle.db, id)).toHaveLength(0);
  });

  it("WO-3: a collaborative work order is not answered with PDD evidence", async () => {
    const w = await world(handle.db, { style: "tmall" });
    const id = await applied(handle.db, w, "collaborative");
    await expectTrpcError(
      merchantAt(w).intervention.merchant.submitEvidence({ workOrderId: id, evidence: {} }),
      "BAD_REQUEST",
    );
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
  });
});
