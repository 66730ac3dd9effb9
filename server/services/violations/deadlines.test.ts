import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, submissionKey } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  appealOf,
  at,
  callerAt,
  evidenceFiles,
  H,
  raiseTicket,
  STATEMENT,
  sweepAt,
  ticket,
  ticketActions,
  vioWorld,
  WEEK,
} from "@/server/test/fixtures/violations";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const DUE = at(WEEK);
const before = new Date(DUE.getTime() - 1);
const after = new Date(DUE.getTime() + 1);

describe("the 7-day window (VIO-2)", () => {
  it("VIO-2: left alone, a ticket is still pending 1 ms before 7 days, takes effect at 7 days exactly (effective_at = due_at, by the system), and one due earlier has taken effect 1 ms after", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const id = await raiseTicket(db, w);
    const earlier = await raiseTicket(db, w, { when: at(-1) });

    await sweepAt(db, new Date(before.getTime() - 1), [w.shop]);
    expect((await ticket(db, earlier)).status).toBe("pending");
    await sweepAt(db, before, [w.shop]);
    expect((await ticket(db, id)).status).toBe("pending");
    expect((await ticket(db, earlier)).status).toBe("effective");

    await sweepAt(db, DUE, [w.shop]);
    expect(await ticket(db, id)).toMatchObject({
      status: "effective",
      effectiveAt: DUE,
      decidedAt: DUE,
      decidedBy: "system",
    });

    const late = await raiseTicket(db, w);
    await sweepAt(db, new Date(after.getTime() + 5 * H), [w.shop]);
    // A late sweep does not move the day points start to count: they count from the due instant.
    expect(await ticket(db, late)).toMatchObject({
      status: "effective",
      effectiveAt: DUE,
      decidedAt: new Date(after.getTime() + 5 * H),
    });
    expect(await ticketActions(db, id)).toEqual(["violation.raised", "violation.took_effect"]);
  });

  it("VIO-2: confirming takes effect at once; confirming again is a CONFLICT saying it is in effect; the sweep then leaves it alone", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const id = await raiseTicket(db, w);
    const merchant = callerAt(db, w.merchant, at(2 * H));
    expect(
      await merchant.violation.merchant.confirm({ idempotencyKey: submissionKey(), violationId: id }),
    ).toMatchObject({ status: "effective", effectiveAt: at(2 * H) });
    expect(await ticket(db, id)).toMatchObject({
      status: "effective",
      decidedBy: w.merchant.userId,
      decidedAt: at(2 * H),
    });
    const again = await expectTrpcError(
      merchant.violation.merchant.confirm({ idempotencyKey: submissionKey(), violationId: id }),
      "CONFLICT",
    );
    expect(again.message).toContain("已生效");
    await sweepAt(db, after, [w.shop]);
    expect(await ticketActions(db, id)).toEqual(["violation.raised", "violation.confirmed"]);
    expect((await merchant.violation.merchant.get({ violationId: id })).countedPoints).toBe(2);
  });

  it("VIO-2: confirming 1 ms before the 7 days is accepted; at and after them it is refused — the ticket takes effect by itself", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const [a, b, c] = [await raiseTicket(db, w), await raiseTicket(db, w), await raiseTicket(db, w)];
    await callerAt(db, w.merchant, before).violation.merchant.confirm({
      idempotencyKey: submissionKey(),
      violationId: a,
    });
    const atDue = await expectTrpcError(
      callerAt(db, w.merchant, DUE).violation.merchant.confirm({ idempotencyKey: submissionKey(), violationId: b }),
      "CONFLICT",
    );
    expect(atDue.message).toContain("7 天");
    await expectTrpcError(
      callerAt(db, w.merchant, after).violation.merchant.confirm({ idempotencyKey: submissionKey(), violationId: c }),
      "CONFLICT",
    );
    expect([(await ticket(db, a)).status, (await ticket(db, b)).status, (await ticket(db, c)).status]).toEqual([
      "effective",
      "pending",
      "pending",
    ]);
    await sweepAt(db, after, [w.shop]);
    expect((await ticket(db, b)).effectiveAt).toEqual(DUE);
  });

  it("VIO-2: an appeal 1 ms before the 7 days is accepted and stops the clock; at and after them an appeal is refused", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const [a, b, c] = [await raiseTicket(db, w), await raiseTicket(db, w), await raiseTicket(db, w)];
    const appeal = async (id: string, when: Date) =>
      callerAt(db, w.merchant, when).violation.merchant.appeal({
        idempotencyKey: submissionKey(),
        violationId: id,
        statement: STATEMENT,
        evidence: await evidenceFiles(db, w.merchant),
      });

    expect(await appeal(a, before)).toMatchObject({ status: "appealed" });
    await expectTrpcError(appeal(b, DUE), "CONFLICT");
    await expectTrpcError(appeal(c, after), "CONFLICT");
    expect(await appealOf(db, b)).toBeNull();

    // The appeal stopped a's clock: weeks later it still waits for the reviewer.
    await sweepAt(db, at(5 * WEEK), [w.shop]);
    expect((await ticket(db, a)).status).toBe("appealed");
    expect([(await ticket(db, b)).status, (await ticket(db, c)).status]).toEqual(["effective", "effective"]);
  });

  it("VIO-2: confirm after an appeal, and an appeal after confirming, are CONFLICTs that say why", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const [a, b] = [await raiseTicket(db, w), await raiseTicket(db, w)];
    const merchant = callerAt(db, w.merchant, at(H));
    await merchant.violation.merchant.appeal({
      idempotencyKey: submissionKey(),
      violationId: a,
      statement: STATEMENT,
      evidence: await evidenceFiles(db, w.merchant),
    });
    expect(
      (
        await expectTrpcError(
          merchant.violation.merchant.confirm({ idempotencyKey: submissionKey(), violationId: a }),
          "CONFLICT",
        )
      ).message,
    ).toContain("申诉");
    await merchant.violation.merchant.confirm({ idempotencyKey: submissionKey(), violationId: b });
    await expectTrpcError(
      merchant.violation.merchant.appeal({
        idempotencyKey: submissionKey(),
        violationId: b,
        statement: STATEMENT,
        evidence: await evidenceFiles(db, w.merchant),
      }),
      "CONFLICT",
    );
    expect(await appealOf(db, b)).toBeNull();
  });

  it("VIO-2: sweeps running at the same time make each due ticket take effect exactly once", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => raiseTicket(db, w, { when: at(-i * H) })));
    const results = await Promise.all([
      sweepAt(db, after, [w.shop]),
      sweepAt(db, after, [w.shop]),
      sweepAt(db, after, [w.shop]),
    ]);
    expect(results.reduce((n, r) => n + (r.applied["violation.take_effect"] ?? 0), 0)).toBe(6);
    for (const id of ids) expect(await ticketActions(db, id)).toEqual(["violation.raised", "violation.took_effect"]);
  });
});
