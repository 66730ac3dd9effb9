import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createMerchant, createShop, openTestDb } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
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

const merchantAt = (w: World, at: Date = IV_NOW) => callerFor(handle.db, w.merchant, { now: fixedClock(at) });
const photo = (w: World) => upload(handle.db, w.merchant.userId, "jpeg");

describe("evidence drafts (WO-3)", () => {
  it("WO-3: evidence is a draft until submitted once — drafts survive, submission freezes them and clears the draft; saving a draft after submission is a CONFLICT; another shop's merchant gets NOT_FOUND", async () => {
    const w = await world(handle.db);
    const id = await applied(handle.db, w, "not_received");
    const receipt = await photo(w);

    // A partial draft (a required slot still empty) is kept and comes back on reload.
    const saved = await merchantAt(w).intervention.merchant.saveDraft({
      workOrderId: id,
      path: "delivery_proof",
      evidence: { shipping_receipt: [receipt], signed_red_stamp: [] },
    });
    expect(saved.draft.path).toBe("delivery_proof");
    const reloaded = await merchantAt(w, new Date(IV_NOW.getTime() + H)).workOrder.merchant.get({ workOrderId: id });
    expect(reloaded.evidence).toEqual([]);
    expect(reloaded.draft.path).toBe("delivery_proof");
    expect(reloaded.draft.evidence.shipping_receipt?.map((f) => f.fileId)).toEqual([receipt]);
    expect((await workOrderRow(handle.db, id)).status).toBe("open");

    // The next draft replaces the previous one whole.
    const stamp = await upload(handle.db, w.merchant.userId, "pdf");
    await merchantAt(w).intervention.merchant.saveDraft({
      workOrderId: id,
      path: "delivery_proof",
      evidence: { shipping_receipt: [receipt], signed_red_stamp: [stamp] },
    });
    expect((await evidenceOf(handle.db, id)).map((i) => [i.slot, i.fileId, i.submitted])).toEqual(
      expect.arrayContaining([
        ["shipping_receipt", receipt, false],
        ["signed_red_stamp", stamp, false],
      ]),
    );
    expect(await evidenceOf(handle.db, id)).toHaveLength(2);

    // Drafts are still checked: unknown slots, others' files and wrong kinds are refused, the draft unchanged.
    await expectTrpcError(
      merchantAt(w).intervention.merchant.saveDraft({
        workOrderId: id,
        path: "delivery_proof",
        evidence: { weighing: [receipt] },
      }),
      "BAD_REQUEST",
    );
    const foreign = await upload(handle.db, "someone-else", "jpeg");
    await expectTrpcError(
      merchantAt(w).intervention.merchant.saveDraft({
        workOrderId: id,
        path: "delivery_proof",
        evidence: { shipping_receipt: [foreign] },
      }),
      "BAD_REQUEST",
    );
    expect(await evidenceOf(handle.db, id)).toHaveLength(2);

    // Another shop's merchant: not found, and the draft is untouched; the consumer sees no draft.
    const other = await createMerchant(handle.db, (await createShop(handle.db, { marketplaceStyle: "pdd" })).id);
    const otherCaller = callerFor(handle.db, other, { now: fixedClock(IV_NOW) });
    await expectTrpcError(
      otherCaller.intervention.merchant.saveDraft({ workOrderId: id, path: "delivery_proof", evidence: {} }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      otherCaller.intervention.merchant.saveDraft({ workOrderId: "not-a-uuid", path: "delivery_proof", evidence: {} }),
      "NOT_FOUND",
    );
    const asConsumer = await callerFor(handle.db, w.consumer, { now: fixedClock(IV_NOW) }).workOrder.consumer.get({
      workOrderId: id,
    });
    expect(asConsumer.draft).toEqual({ path: null, evidence: {} });
    expect(await evidenceOf(handle.db, id)).toHaveLength(2);

    // Submission freezes the evidence and clears the draft.
    await merchantAt(w).intervention.merchant.submitEvidence({
      workOrderId: id,
      evidence: { shipping_receipt: [receipt], signed_red_stamp: [stamp] },
    });
    const items = await evidenceOf(handle.db, id);
    expect(items).toHaveLength(2);
    expect(items.every((i) => i.submitted)).toBe(true);
    const after = await merchantAt(w).workOrder.merchant.get({ workOrderId: id });
    expect(after.draft).toEqual({ path: null, evidence: {} });
    expect(after.evidence).toHaveLength(2);

    // After the one submission a draft is a CONFLICT and nothing changes.
    const frozen = await expectTrpcError(
      merchantAt(w).intervention.merchant.saveDraft({
        workOrderId: id,
        path: "delivery_proof",
        evidence: { shipping_receipt: [await photo(w)] },
      }),
      "CONFLICT",
    );
    expect(frozen.message).toContain("凭证已提交");
    expect(await evidenceOf(handle.db, id)).toHaveLength(2);
  });

  it("WO-3: a draft needs the work order open and before its deadline (at due exactly it is over)", async () => {
    const w = await world(handle.db);
    const id = await applied(handle.db, w, "not_received");
    const due = (await workOrderRow(handle.db, id)).dueAt;
    if (!due) throw new Error("no due");
    const draft = async (at: Date) =>
      merchantAt(w, at).intervention.merchant.saveDraft({
        workOrderId: id,
        path: "delivery_proof",
        evidence: { shipping_receipt: [await photo(w)] },
      });
    await expect(draft(new Date(due.getTime() - 1))).resolves.toMatchObject({ workOrderId: id });
    await expectTrpcError(draft(due), "CONFLICT");
    await expectTrpcError(draft(new Date(due.getTime() + 1)), "CONFLICT");
    expect(await evidenceOf(handle.db, id)).toHaveLength(1);
  });
});
