import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { platformDeadline } from "@/server/domain/policies/platform-deadlines";
import { emptyPolicySnapshot, type PolicySnapshot } from "@/server/domain/policies/published-store";
import {
  anotherOrder,
  cancelOrdersOf,
  cancelWorld,
  openCancelDispute,
  type CancelWorld,
} from "@/server/test/fixtures/cancel-orders";
import { disputeRow } from "@/server/test/fixtures/disputes";
import { callerFor, createAdmin, openTestDb, submissionKey, type Caller } from "@/server/test/harness";
import { refreshPolicyCache, type SnapshotSlot } from "./policy-cache";

const CANCEL = "jd.dispute.order_cancel";
const key = () => ({ idempotencyKey: submissionKey() });

let handle: DbHandle;
let author: Caller;
let approver: Caller;
let inside: CancelWorld;
let outside: CancelWorld;
let v1DisputeInside: string;
let v2DisputeInside: string;

beforeAll(async () => {
  handle = await openTestDb();
  const { db } = handle;
  author = callerFor(db, await createAdmin(db));
  approver = callerFor(db, await createAdmin(db));
  inside = await cancelWorld(db);
  outside = await cancelWorld(db);
  // Opened before any new version exists: runs under v1 to the end.
  v1DisputeInside = await openCancelDispute(db, inside);
});
afterAll(async () => {
  await handle.close();
});

/** Author drafts cancel-dispute v2: a 24h interception window instead of 48h, and no agreed-rejection plan. */
async function draftCancelV2() {
  const draft = await author.policies.admin.createDraft({ ...key(), policyId: CANCEL });
  const policy = structuredClone(draft.policy);
  policy.cancelWindows = { interceptionMs: 24 * 3600_000, reviewMs: 24 * 3600_000 };
  const plans = Array.isArray(policy.settlementPlans) ? policy.settlementPlans : [];
  policy.settlementPlans = plans.filter((p: { key?: string }) => p.key !== "agreed_rejection");
  return author.policies.admin.updateDraft({ draftId: draft.id, policy });
}

async function interceptionDueOf(orderId: string) {
  const rows = await cancelOrdersOf(handle.db, orderId);
  return rows.find((r) => r.reason === "dispute_interception")?.dueAt ?? null;
}

async function intercept(w: CancelWorld, disputeId: string) {
  await w.asMerchant.dispute.merchant.choosePlan({ ...key(), disputeId, kind: "settlement", plan: "intercept_48h" });
}

describe("policy versions: four eyes, rollout, pinning", () => {
  it("ROL-1: a draft shows its difference against the version in force; the author cannot approve it (four eyes: FORBIDDEN)", async () => {
    const draft = await draftCancelV2();
    expect(draft).toMatchObject({ baseVersion: 1, inForceVersion: 1, valid: true, issues: [] });
    expect(draft.changes.map((c) => c.path)).toEqual([
      "settlementPlans[agreed_rejection]",
      "cancelWindows.interceptionMs",
    ]);
    expect(draft.changes[0]).toMatchObject({ before: { key: "agreed_rejection" } });
    expect(draft.changes[0]).not.toHaveProperty("after");
    expect(draft.changes[1]).toEqual({ path: "cancelWindows.interceptionMs", before: 172_800_000, after: 86_400_000 });
    await expect(author.policies.admin.approveAndPublish({ ...key(), draftId: draft.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await approver.policies.admin.approveAndPublish({ ...key(), draftId: draft.id })).toMatchObject({
      policyId: CANCEL,
      version: 2,
    });
    await expect(approver.policies.admin.approveAndPublish({ ...key(), draftId: draft.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("ROL-1: only the author edits a draft; unknown drafts and policies are NOT_FOUND; merchants cannot draft", async () => {
    const draft = await author.policies.admin.createDraft({ ...key(), policyId: CANCEL });
    await expect(
      approver.policies.admin.updateDraft({ draftId: draft.id, policy: draft.policy }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(author.policies.admin.getDraft({ draftId: "not-a-uuid" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      author.policies.admin.getDraft({ draftId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(author.policies.admin.createDraft({ ...key(), policyId: "jd.nothing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(inside.asMerchant.policies.admin.createDraft({ ...key(), policyId: CANCEL })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("ROL-1: a draft with problems cannot be published", async () => {
    const draft = await author.policies.admin.createDraft({ ...key(), policyId: CANCEL });
    const saved = await author.policies.admin.updateDraft({
      draftId: draft.id,
      policy: { ...draft.policy, confirmWindowMs: -1 },
    });
    expect(saved.issues).toMatchObject([{ path: "confirmWindowMs", code: "not_positive" }]);
    await expect(approver.policies.admin.approveAndPublish({ ...key(), draftId: draft.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("ROL-2: publishing alone changes nobody's rules; the chosen shop gets v2 with its reason, a shop outside keeps v1", async () => {
    const { db } = handle;
    const before = await openCancelDispute(db, outside, (await anotherOrder(db, outside)).id);
    expect(await disputeRow(db, before)).toMatchObject({ policyVersion: 1, policyReason: { code: "baseline" } });

    await approver.policies.admin.setRollout({
      ...key(),
      policyId: CANCEL,
      version: 2,
      percentage: 0,
      shopIds: [inside.shop.id],
    });
    const order = await anotherOrder(db, inside);
    v2DisputeInside = await openCancelDispute(db, inside, order.id);
    expect(await disputeRow(db, v2DisputeInside)).toMatchObject({
      policyId: CANCEL,
      policyVersion: 2,
      policyReason: { code: "rollout_shop", paused: false },
      platformDeadlinePolicyVersion: 1,
      violationRulePolicyVersion: 1,
    });
    const outsideOrder = await anotherOrder(db, outside);
    const outsideDispute = await openCancelDispute(db, outside, outsideOrder.id);
    expect(await disputeRow(db, outsideDispute)).toMatchObject({
      policyVersion: 1,
      policyReason: { code: "rollout_outside", percent: 0 },
    });
  });

  it("ROL-1: plans come from the version the dispute pinned: v2 no longer offers agreed rejection, v1 still does", async () => {
    const v2 = await inside.asConsumer.dispute.consumer.get({ disputeId: v2DisputeInside });
    const v1 = await inside.asConsumer.dispute.consumer.get({ disputeId: v1DisputeInside });
    expect(v2.policy.settlementPlans.map((p) => p.key)).toEqual(["direct_refund", "intercept_48h"]);
    expect(v1.policy.settlementPlans.map((p) => p.key)).toEqual(["direct_refund", "agreed_rejection", "intercept_48h"]);
    await expect(
      inside.asMerchant.dispute.merchant.choosePlan({
        ...key(),
        disputeId: v2DisputeInside,
        kind: "settlement",
        plan: "agreed_rejection",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("ROL-1: an interception under v1 keeps its 48h at a shop inside the rollout; a new dispute there gets 24h", async () => {
    await intercept(inside, v1DisputeInside);
    await intercept(inside, v2DisputeInside);
    const v1 = await disputeRow(handle.db, v1DisputeInside);
    const v2 = await disputeRow(handle.db, v2DisputeInside);
    expect(await interceptionDueOf(v1.orderId)).toEqual(new Date("2026-03-17T04:00:00.000Z"));
    expect(await interceptionDueOf(v2.orderId)).toEqual(new Date("2026-03-16T04:00:00.000Z"));
  });

  it("ROL-2: another version cannot roll out while v2 is partial; a rollback affects new items only", async () => {
    const { db } = handle;
    const v3 = await draftCancelV2();
    expect(await approver.policies.admin.approveAndPublish({ ...key(), draftId: v3.id })).toMatchObject({ version: 3 });
    await expect(
      approver.policies.admin.setRollout({ ...key(), policyId: CANCEL, version: 3, percentage: 10, shopIds: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await approver.policies.admin.rollBack({ ...key(), policyId: CANCEL })).toMatchObject({
      state: "rolled_back",
      previousVersion: 1,
      noticedShops: 1,
    });
    const later = await openCancelDispute(db, inside, (await anotherOrder(db, inside)).id);
    expect(await disputeRow(db, later)).toMatchObject({
      policyVersion: 1,
      policyReason: { code: "rollout_rolled_back", from: 2 },
    });
    // The v2 dispute opened before the rollback keeps v2 and its 24h interception.
    const v2 = await disputeRow(db, v2DisputeInside);
    expect(v2.policyVersion).toBe(2);
    expect(await interceptionDueOf(v2.orderId)).toEqual(new Date("2026-03-16T04:00:00.000Z"));
  });

  it("ROL-2: the merchant sees which version the shop runs and its notices (公告) with what changed; other shops see none", async () => {
    const mine = await inside.asMerchant.policies.merchant.mine();
    expect(mine.policies.find((p) => p.policyId === CANCEL)).toMatchObject({
      version: 1,
      reason: { code: "rollout_rolled_back", from: 2 },
      reasonText: { "zh-CN": "v2 已回滚,沿用上一版本" },
    });
    expect(mine.notices.map((n) => [n.policyId, n.kind, n.fromVersion, n.version])).toEqual([
      [CANCEL, "rolled_back", 2, 1],
      [CANCEL, "rolled_out", 1, 2],
    ]);
    expect(mine.notices[1]?.changes.map((c) => c.path)).toEqual([
      "settlementPlans[agreed_rejection]",
      "cancelWindows.interceptionMs",
    ]);
    expect(mine.notices[1]?.effectiveAt).toEqual(new Date("2026-03-15T04:00:00.000Z"));
    expect((await outside.asMerchant.policies.merchant.mine()).notices).toEqual([]);
    await expect(inside.asMerchant.policies.admin.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("ROL-1/ROL-2: the admin list shows every family, its versions, the rollout history and which shops run what", async () => {
    const list = await approver.policies.admin.list();
    expect(list.map((p) => p.policyId)).toEqual([
      "jd.urge_invoice",
      "jd.dispute.invoice_refused",
      "jd.dispute.invoice_urged",
      CANCEL,
      "pdd.not_received",
      "pdd.missing_items",
      "tm.collaborative",
      "jd.after_sales",
      "jd.malicious_complaints",
      "platform.violation_rules",
      "platform.deadlines",
    ]);
    const cancel = list.find((p) => p.policyId === CANCEL);
    expect(cancel?.versions.map((v) => [v.version, v.source])).toEqual([
      [1, "code"],
      [2, "published"],
      [3, "published"],
    ]);
    expect(cancel?.history.map((h) => [h.action, h.state, h.targetVersion])).toEqual([
      ["roll_back", "rolled_back", 2],
      ["set", "active", 2],
    ]);
    expect(cancel?.shops.map((s) => s.version)).toEqual([1]);
  });

  it("ROL-2: the policy cache reloads in another process only after a publish or rollout moved the epoch", async () => {
    const { db } = handle;
    const slot = (): SnapshotSlot => {
      let snapshot: PolicySnapshot = emptyPolicySnapshot;
      return { get: () => snapshot, set: (s) => (snapshot = s) };
    };
    const processA = slot();
    const processB = slot();
    expect(await refreshPolicyCache(db, processA)).toBe(true);
    expect(await refreshPolicyCache(db, processB)).toBe(true);
    expect(await refreshPolicyCache(db, processB)).toBe(false);
    expect(
      processB
        .get()
        .versions.get(CANCEL)
        ?.map((v) => v.version),
    ).toEqual([2, 3]);

    // Chosen shops only: test files may share one PostgreSQL database.
    await approver.policies.admin.setRollout({
      ...key(),
      policyId: CANCEL,
      version: 3,
      percentage: 0,
      shopIds: [outside.shop.id],
    });
    expect(await refreshPolicyCache(db, processB)).toBe(true);
    expect(processB.get().rollouts.get(CANCEL)).toMatchObject({
      targetVersion: 3,
      previousVersion: 1,
      shopIds: [outside.shop.id],
    });
    expect(await refreshPolicyCache(db, processA)).toBe(true);
    expect(await refreshPolicyCache(db, processA)).toBe(false);
  });

  it("ROL-1: a dispute pins the platform-deadline version its shop gets; the platform's window comes from the pinned version", async () => {
    const { db } = handle;
    const draft = await author.policies.admin.createDraft({ ...key(), policyId: "platform.deadlines" });
    const policy = structuredClone(draft.policy);
    policy.dispute = { ...(policy.dispute as Record<string, number>), order_cancel: 12 * 3600_000 };
    const saved = await author.policies.admin.updateDraft({ draftId: draft.id, policy });
    expect(saved.changes).toEqual([{ path: "dispute.order_cancel", before: 86_400_000, after: 43_200_000 }]);
    expect(await approver.policies.admin.approveAndPublish({ ...key(), draftId: draft.id })).toMatchObject({
      version: 2,
    });
    await approver.policies.admin.setRollout({
      ...key(),
      policyId: "platform.deadlines",
      version: 2,
      percentage: 0,
      shopIds: [inside.shop.id],
    });
    const pinned = await disputeRow(db, await openCancelDispute(db, inside, (await anotherOrder(db, inside)).id));
    expect(pinned).toMatchObject({ policyVersion: 1, platformDeadlinePolicyVersion: 2 });
    const elsewhere = await disputeRow(db, await openCancelDispute(db, outside, (await anotherOrder(db, outside)).id));
    expect(elsewhere).toMatchObject({ platformDeadlinePolicyVersion: 1 });
    const since = new Date("2026-03-15T04:00:00.000Z");
    const ref = { kind: "dispute", scenario: "order_cancel" } as const;
    expect(platformDeadline(ref, since, pinned.platformDeadlinePolicyVersion).dueAt).toEqual(
      new Date("2026-03-15T16:00:00.000Z"),
    );
    expect(platformDeadline(ref, since, elsewhere.platformDeadlinePolicyVersion).dueAt).toEqual(
      new Date("2026-03-16T04:00:00.000Z"),
    );
  });
});
