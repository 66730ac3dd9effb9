import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createAdmin, openTestDb } from "@/server/test/harness";
import { applied, IV_NOW, upload, world } from "@/server/test/fixtures/intervention";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("get work order (platform-intervention types)", () => {
  it("WO-3/WO-PDD-3: the detail carries the policy's paths and review checklist, and the submitted evidence by slot for merchant and admin only", async () => {
    const w = await world(handle.db);
    const id = await applied(handle.db, w, "not_received");
    const merchant = callerFor(handle.db, w.merchant, { now: fixedClock(IV_NOW) });

    const before = await merchant.workOrder.merchant.get({ workOrderId: id });
    expect(before.policy.paths?.map((p) => p.key)).toEqual(["delivery_proof"]);
    expect(before.policy.paths?.[0]?.slots.map((s) => [s.key, s.min, s.max])).toEqual([
      ["shipping_receipt", 1, 3],
      ["signed_red_stamp", 1, 3],
    ]);
    expect(before.policy.reviewChecklist?.map((c) => c.key)).toContain("handwritten_fields");
    expect(before.policy.collaborative).toBeNull();
    expect(before.evidence).toEqual([]);
    expect(before.canReply).toBe(true);

    const receipt = await upload(handle.db, w.merchant.userId, "jpeg", w.shop.id);
    const stamp = await upload(handle.db, w.merchant.userId, "pdf", w.shop.id);
    await merchant.intervention.merchant.submitEvidence({
      workOrderId: id,
      evidence: { shipping_receipt: [receipt], signed_red_stamp: [stamp] },
    });

    const admin = callerFor(handle.db, await createAdmin(handle.db), { now: fixedClock(IV_NOW) });
    const judged = await admin.workOrder.admin.get({ workOrderId: id });
    expect(judged.status).toBe("judging");
    expect(judged.evidence.map((e) => [e.slot, e.fileId, e.kind, e.invalidReason])).toEqual([
      ["shipping_receipt", receipt, "jpeg", null],
      ["signed_red_stamp", stamp, "pdf", null],
    ]);
    expect(judged.evidence[0]?.name).toMatch(/^evidence-/);

    const asConsumer = await callerFor(handle.db, w.consumer, { now: fixedClock(IV_NOW) }).workOrder.consumer.get({
      workOrderId: id,
    });
    expect(asConsumer.evidence).toEqual([]);
  });

  it("WO-TM-2: a collaborative work order carries its answers and contact channels; urge-invoice fields stay as they were", async () => {
    const w = await world(handle.db, { style: "tmall" });
    const id = await applied(handle.db, w, "collaborative");
    const detail = await callerFor(handle.db, w.merchant, { now: fixedClock(IV_NOW) }).workOrder.merchant.get({
      workOrderId: id,
    });
    expect(detail.policy.collaborative?.answers.map((a) => a.key)).toEqual(["agreed", "not_agreed", "unresolved"]);
    expect(detail.policy.collaborative?.contactChannels.map((c) => c.key)).toEqual(["phone", "im", "sms"]);
    expect(detail.policy.paths).toBeNull();
    expect(detail.policy.resolutions).toEqual([]);
    expect(detail.invoiceRequest).toBeNull();
  });
});
