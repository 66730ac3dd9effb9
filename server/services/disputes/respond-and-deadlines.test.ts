import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { HOUR_MS } from "@/server/domain/time";
import { callerFor, createConsumer, openTestDb, TEST_NOW, submissionKey } from "@/server/test/harness";
import {
  auditActions,
  disputeRow,
  disputeWorld,
  openRefused,
  sweepDisputes,
  type DisputeWorld,
} from "@/server/test/fixtures/disputes";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** A dispute whose merchant chose "agreed no invoice" at TEST_NOW: the consumer has until +72h. */
async function settled(w: DisputeWorld) {
  const { disputeId } = await openRefused(handle.db, w);
  await w.asMerchant.dispute.merchant.choosePlan({
    idempotencyKey: submissionKey(),
    disputeId,
    kind: "settlement",
    plan: "agreed_no_invoice",
    note: "已电话沟通",
  });
  return disputeId;
}

const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

describe("consumer response and deadlines", () => {
  it("DSP-2: the consumer confirms the settlement → settled", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const disputeId = await settled(w);
    w.clock.advance(71 * HOUR_MS);
    await expect(
      w.asConsumer.dispute.consumer.respond({ idempotencyKey: submissionKey(), disputeId, decision: "confirm" }),
    ).resolves.toMatchObject({ status: "settled" });
    expect(await disputeRow(db, disputeId)).toMatchObject({
      consumerResponse: "confirmed",
      closedAt: at(71 * HOUR_MS),
      dueAt: null,
    });
  });

  it("DSP-2: the consumer rejects with a reason → platform judgment; a reason is required", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const disputeId = await settled(w);
    await expect(
      w.asConsumer.dispute.consumer.respond({
        idempotencyKey: submissionKey(),
        disputeId,
        decision: "reject",
        reason: "",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    w.clock.advance(HOUR_MS);
    await expect(
      w.asConsumer.dispute.consumer.respond({
        idempotencyKey: submissionKey(),
        disputeId,
        decision: "reject",
        reason: "我需要发票,从未同意无需开票",
      }),
    ).resolves.toMatchObject({ status: "platform_judging" });
    expect(await disputeRow(db, disputeId)).toMatchObject({
      consumerResponse: "rejected",
      rejectionReason: "我需要发票,从未同意无需开票",
      judgingSince: at(HOUR_MS),
      dueAt: null,
    });
    const detail = await w.asConsumer.dispute.consumer.get({ disputeId });
    expect(detail.deadline).toMatchObject({ party: "platform", dueAt: null });
    expect(detail.timeline.map((e) => e.action)).toEqual([
      "dispute.opened",
      "dispute.settlement_chosen",
      "dispute.rejected",
    ]);
  });

  it("DSP-2: 72h of silence — 1 ms before still awaiting, at 72h auto-confirmed by the sweep, after that nothing more happens", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const disputeId = await settled(w);
    const due = 72 * HOUR_MS;

    await sweepDisputes(db, at(due - 1), [disputeId]);
    expect((await disputeRow(db, disputeId)).status).toBe("awaiting_consumer");

    const swept = await sweepDisputes(db, at(due), [disputeId]);
    expect(swept.applied["dispute.auto_confirm"]).toBe(1);
    expect(await disputeRow(db, disputeId)).toMatchObject({
      status: "settled",
      consumerResponse: "auto_confirmed",
      closedAt: at(due),
    });

    await sweepDisputes(db, at(due + HOUR_MS), [disputeId]);
    expect((await auditActions(db, disputeId, ["dispute.auto_confirmed"])).map((a) => a.actorRole)).toEqual(["system"]);
  });

  it("DSP-2: the consumer's answer at 72h − 1 ms is accepted; at 72h and after it is refused (silence already counts as confirmation)", async () => {
    const { db } = handle;
    const inTime = await disputeWorld(db);
    const answered = await settled(inTime);
    inTime.clock.set(new Date("2026-03-18T03:59:59.999Z")); // TEST_NOW + 72h − 1 ms
    await expect(
      inTime.asConsumer.dispute.consumer.respond({
        idempotencyKey: submissionKey(),
        disputeId: answered,
        decision: "reject",
        reason: "我不同意这个方案",
      }),
    ).resolves.toMatchObject({ status: "platform_judging" });
    expect(await disputeRow(db, answered)).toMatchObject({
      consumerResponse: "rejected",
      judgingSince: new Date("2026-03-18T03:59:59.999Z"),
    });

    const w = await disputeWorld(db);
    const disputeId = await settled(w);
    for (const now of ["2026-03-18T04:00:00.000Z", "2026-03-18T04:00:00.001Z"]) {
      w.clock.set(new Date(now));
      await expect(
        w.asConsumer.dispute.consumer.respond({
          idempotencyKey: submissionKey(),
          disputeId,
          decision: "reject",
          reason: "我不同意这个方案",
        }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
    }
    expect((await disputeRow(db, disputeId)).status).toBe("awaiting_consumer");
  });

  it("DSP-4: 24h of silence — 1 ms before still awaiting, at 24h evidence is given up and the platform judges, after that once only", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    const due = 24 * HOUR_MS;

    await sweepDisputes(db, at(due - 1), [disputeId]);
    expect(await disputeRow(db, disputeId)).toMatchObject({ status: "awaiting_merchant", evidenceGivenUp: false });

    await sweepDisputes(db, at(due), [disputeId]);
    expect(await disputeRow(db, disputeId)).toMatchObject({
      status: "platform_judging",
      evidenceGivenUp: true,
      judgingSince: at(due),
      dueAt: null,
    });

    await sweepDisputes(db, at(due + 5 * HOUR_MS), [disputeId]);
    expect(await auditActions(db, disputeId, ["dispute.evidence_given_up"])).toHaveLength(1);
    const queue = await w.asAdmin.adjudication.queue({ shopId: w.shop.id, limit: 100 });
    expect(queue.items.map((d) => d.id)).toContain(disputeId);
  });

  it("DSP-4: four sweepers racing over the same due dispute give up its evidence exactly once", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    await Promise.all([1, 2, 3, 4].map((i) => sweepDisputes(db, at(24 * HOUR_MS + i), [disputeId])));
    expect(await auditActions(db, disputeId, ["dispute.evidence_given_up"])).toHaveLength(1);
    expect((await disputeRow(db, disputeId)).status).toBe("platform_judging");
  });

  it("SHOP-3: another consumer gets NOT_FOUND for get and respond; a stale response is a CONFLICT", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const disputeId = await settled(w);
    const stranger = callerFor(db, await createConsumer(db), { now: w.clock });
    await expect(stranger.dispute.consumer.get({ disputeId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      stranger.dispute.consumer.respond({ idempotencyKey: submissionKey(), disputeId, decision: "confirm" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await stranger.dispute.consumer.list({})).items).toEqual([]);

    await w.asConsumer.dispute.consumer.respond({ idempotencyKey: submissionKey(), disputeId, decision: "confirm" });
    const before = await disputeRow(db, disputeId);
    await expect(
      w.asConsumer.dispute.consumer.respond({
        idempotencyKey: submissionKey(),
        disputeId,
        decision: "reject",
        reason: "我改主意了啦",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await disputeRow(db, disputeId)).toEqual(before);
  });

  it("DSP-2: the consumer cannot respond while the merchant has not chosen a plan", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const { disputeId } = await openRefused(db, w);
    await expect(
      w.asConsumer.dispute.consumer.respond({ idempotencyKey: submissionKey(), disputeId, decision: "confirm" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
