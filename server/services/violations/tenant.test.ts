import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createConsumer, createMerchant, openTestDb, serviceContext, submissionKey } from "@/server/test/harness";
import { loadReadableFile } from "../files/can-read-file";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  at,
  callerAt,
  evidenceFiles,
  H,
  raiseTicket,
  STATEMENT,
  ticket,
  vioWorld,
} from "@/server/test/fixtures/violations";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("tenant isolation (SHOP-3)", () => {
  it("SHOP-3/VIO-1: another shop's ticket ids are NOT_FOUND to a merchant — reading, confirming, appealing — and malformed ids too; lists show the own shop only", async () => {
    const { db } = handle;
    const mine = await vioWorld(db);
    const theirs = await vioWorld(db);
    const own = await raiseTicket(db, mine);
    const foreign = await raiseTicket(db, theirs);
    const merchant = callerAt(db, mine.merchant, at(H));
    await expectTrpcError(merchant.violation.merchant.get({ violationId: foreign }), "NOT_FOUND");
    await expectTrpcError(
      merchant.violation.merchant.confirm({ idempotencyKey: submissionKey(), violationId: foreign }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      merchant.violation.merchant.appeal({
        idempotencyKey: submissionKey(),
        violationId: foreign,
        statement: STATEMENT,
        evidence: await evidenceFiles(db, mine.merchant),
      }),
      "NOT_FOUND",
    );
    await expectTrpcError(merchant.violation.merchant.get({ violationId: "not-a-uuid" }), "NOT_FOUND");
    await expectTrpcError(
      merchant.violation.merchant.confirm({ idempotencyKey: submissionKey(), violationId: crypto.randomUUID() }),
      "NOT_FOUND",
    );
    expect((await ticket(db, foreign)).status).toBe("pending");
    expect((await merchant.violation.merchant.list({})).items.map((t) => t.id)).toEqual([own]);
    expect((await merchant.violation.merchant.summary()).counts.pending).toBe(1);
    // Admins see both; an unknown appeal id is NOT_FOUND.
    expect((await callerAt(db, mine.senior).violation.admin.get({ violationId: foreign })).shopId).toBe(theirs.shop.id);
    await expectTrpcError(
      callerAt(db, mine.senior).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId: crypto.randomUUID(),
        decision: "overturn",
        reason: "不存在的申诉",
      }),
      "NOT_FOUND",
    );
    // Merchants and consumers cannot reach the admin procedures at all.
    await expectTrpcError(callerAt(db, await createConsumer(db)).violation.merchant.list({}), "FORBIDDEN");
  });

  it("SHOP-3/VIO-3: appeal evidence is readable by the shop and by admins, and by nobody else", async () => {
    const { db } = handle;
    const mine = await vioWorld(db);
    const theirs = await vioWorld(db);
    const id = await raiseTicket(db, mine);
    const [fileId] = await evidenceFiles(db, mine.merchant);
    if (!fileId) throw new Error("no file");
    await callerAt(db, mine.merchant, at(H)).violation.merchant.appeal({
      idempotencyKey: submissionKey(),
      violationId: id,
      statement: STATEMENT,
      evidence: [fileId],
    });

    const colleague = await createMerchant(db, mine.shop.id, "agent");
    expect((await loadReadableFile(serviceContext(db, colleague), { fileId })).id).toBe(fileId);
    expect((await loadReadableFile(serviceContext(db, mine.senior), { fileId })).id).toBe(fileId);
    await expect(loadReadableFile(serviceContext(db, theirs.merchant), { fileId })).rejects.toMatchObject({
      kind: "NOT_FOUND",
    });
    await expect(loadReadableFile(serviceContext(db, await createConsumer(db)), { fileId })).rejects.toMatchObject({
      kind: "NOT_FOUND",
    });
    await expect(loadReadableFile(serviceContext(db, null), { fileId })).rejects.toMatchObject({ kind: "NOT_FOUND" });
  });
});
