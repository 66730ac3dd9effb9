import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { violations, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import {
  callerFor,
  createAdmin,
  createConsumer,
  createOrder,
  openTestDb,
  submissionKey,
  TEST_NOW,
} from "@/server/test/harness";
import { createInvoiceRequest, createUrgeWorkOrder, disputeWorld } from "@/server/test/fixtures/disputes";
import { applied, world } from "@/server/test/fixtures/intervention";
import { expectTrpcError, insertUrgeWorkOrder, urgeWorld } from "@/server/test/fixtures/work-orders";
import { workOrderDeadlineTasksFor } from "../work-orders/sweep-tasks";
import { raiseTimeoutViolation } from "./raise-timeout-violation";
import {
  callerAt,
  D,
  H,
  raiseTicket,
  shopNotifications,
  ticketActions,
  VIO_NOW,
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

const ticketsOf = (shopId: string) => handle.db.select().from(violations).where(eq(violations.shopId, shopId));

describe("tickets the system raises", () => {
  it("VIO-1/INV-6: a broken invoicing promise raises one INV-6 ticket by the system, due in 7 days; the shop is told; a second sweep raises nothing", async () => {
    const { db } = handle;
    const w = await urgeWorld(db, { now: VIO_NOW });
    const promisedAt = new Date(VIO_NOW.getTime() - H);
    await insertUrgeWorkOrder(db, w, {
      status: "promised",
      openedAt: new Date(VIO_NOW.getTime() - 3 * D),
      dueAt: promisedAt,
      repliedAt: new Date(VIO_NOW.getTime() - 2 * D),
      replyOnTime: true,
    });
    const tasks = workOrderDeadlineTasksFor([w.shop.id]);
    await runSweep(systemContext(db, VIO_NOW), { tasks });
    await runSweep(systemContext(db, new Date(VIO_NOW.getTime() + H)), { tasks });

    const tickets = await ticketsOf(w.shop.id);
    expect(tickets).toHaveLength(1);
    const [t] = tickets;
    expect(t).toMatchObject({
      rule: "INV-6",
      points: 2,
      status: "pending",
      sourceType: "work_order",
      raisedBy: "system",
      raisedAt: VIO_NOW,
      dueAt: new Date(VIO_NOW.getTime() + WEEK),
    });
    expect(await ticketActions(db, t?.id ?? "")).toEqual(["violation.raised"]);
    const notes = await shopNotifications(db, w.shop.id);
    expect(notes.filter((n) => n.kind === "violation.raised")).toMatchObject([
      { recordType: "violation", recordId: t?.id, params: { rule: "INV-6", points: 2 } },
    ]);
  });

  it("VIO-1: an expired work order raises a ticket where its policy says so — urge-invoice (INV-7) and not-received (WO-2) — never for FBP, never for collaborative; once per work order", async () => {
    const { db } = handle;
    const sop = await urgeWorld(db, { now: VIO_NOW });
    const urge = await insertUrgeWorkOrder(db, sop, {
      status: "expired",
      openedAt: new Date(VIO_NOW.getTime() - 2 * D),
    });
    const fbp = await urgeWorld(db, { now: VIO_NOW, businessMode: "FBP" });
    const fbpUrge = await insertUrgeWorkOrder(db, fbp, {
      status: "expired",
      openedAt: new Date(VIO_NOW.getTime() - 2 * D),
    });
    const pdd = await world(db, { style: "pdd" });
    const notReceived = await applied(db, pdd, "not_received");
    const tm = await world(db, { style: "tmall" });
    const collaborative = await applied(db, tm, "collaborative");
    const rowOf = async (id: string) => (await db.select().from(workOrders).where(eq(workOrders.id, id)))[0];

    const notReceivedRow = await rowOf(notReceived);
    const collaborativeRow = await rowOf(collaborative);
    if (!notReceivedRow || !collaborativeRow) throw new Error("work orders not found");
    // Called where the expiry happens, in its transaction (see raise-timeout-violation.ts).
    const raised = await db.transaction(async (tx) => ({
      urge: await raiseTimeoutViolation(tx, urge, VIO_NOW),
      again: await raiseTimeoutViolation(tx, urge, VIO_NOW),
      fbp: await raiseTimeoutViolation(tx, fbpUrge, VIO_NOW),
      notReceived: await raiseTimeoutViolation(tx, notReceivedRow, VIO_NOW),
      collaborative: await raiseTimeoutViolation(tx, collaborativeRow, VIO_NOW),
    }));
    expect(raised).toMatchObject({
      urge: expect.any(String),
      again: null,
      fbp: null,
      notReceived: expect.any(String),
      collaborative: null,
    });
    expect((await ticketsOf(sop.shop.id)).map((t) => [t.rule, t.points, t.raisedBy])).toEqual([["INV-7", 2, "system"]]);
    expect((await ticketsOf(pdd.shop.id)).map((t) => [t.rule, t.points])).toEqual([["WO-2", 2]]);
    expect(await ticketsOf(fbp.shop.id)).toEqual([]);
    expect(await ticketsOf(tm.shop.id)).toEqual([]);
  });

  it("VIO-1/DSP-5: a judgment against the merchant raises one DSP-5 ticket raised by the judge; a judgment against the consumer raises none", async () => {
    const { db } = handle;
    const w = await disputeWorld(db);
    const judged = async (liableParty: "merchant" | "consumer") => {
      const order = await createOrder(db, {
        shopId: w.shop.id,
        consumerId: w.consumer.consumer.id,
        status: "completed",
      });
      const request = await createInvoiceRequest(db, { ...w, order }, { status: "requested" });
      // DSP-INV-2: an expired work order makes the merchant liable; an agreement lets its evidence decide.
      const outcome =
        liableParty === "merchant"
          ? { status: "expired" as const }
          : { status: "resolved" as const, reply: { resolution: "agreed_no_invoice", note: "顾客同意无需开票" } };
      await createUrgeWorkOrder(db, request, outcome);
      const { id } = await w.asConsumer.dispute.consumer.open({
        invoiceId: request.id,
        scenario: "invoice_urged",
        claim: "催开票无人处理",
      });
      await w.asAdmin.dispute.admin.judge({
        idempotencyKey: submissionKey(),
        disputeId: id,
        liableParty,
        remedy: "none",
        reason: "依据催开票工单结果判责",
        rules: ["DSP-INV-2", "DSP-5"],
      });
      return id;
    };
    const against = await judged("merchant");
    await judged("consumer");
    const tickets = await handle.db.select().from(violations).where(eq(violations.shopId, w.shop.id));
    expect(
      tickets.map((t) => ({
        rule: t.rule,
        sourceType: t.sourceType,
        sourceId: t.sourceId,
        raisedBy: t.raisedBy,
        status: t.status,
        dueAt: t.dueAt,
      })),
    ).toEqual([
      {
        rule: "DSP-5",
        sourceType: "dispute",
        sourceId: against,
        raisedBy: w.admin.userId,
        status: "pending",
        dueAt: new Date(TEST_NOW.getTime() + WEEK),
      },
    ]);
    // The merchant sees it, linked to the dispute.
    const list = await w.asMerchant.violation.merchant.list({});
    expect(list.items).toMatchObject([
      {
        rule: "DSP-5",
        source: { type: "dispute", disputeId: against, disputeScenario: "invoice_urged", orderNo: expect.any(String) },
      },
    ]);
  });

  it("VIO-1: one ticket per source and rule — the same source raises again nothing, another rule on it is a ticket of its own", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const sourceId = crypto.randomUUID();
    await raiseTicket(db, w, { sourceId, rule: "INV-6" });
    await expect(raiseTicket(db, w, { sourceId, rule: "INV-6" })).rejects.toThrow("nothing raised");
    await raiseTicket(db, w, { sourceId, rule: "WO-TM-7", points: 12 });
    expect((await ticketsOf(w.shop.id)).map((t) => t.rule).sort()).toEqual(["INV-6", "WO-TM-7"]);
  });
});

describe("tickets an admin raises by hand", () => {
  it("VIO-1: an admin raises a ticket on a shop with rule, points and reason; the replayed request returns the same ticket", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const requestId = crypto.randomUUID();
    const input = {
      shopId: w.shop.id,
      rule: "WO-TM-7",
      points: 48,
      reason: "在多个工单中提交经 PS 修改的发货底单",
      requestId,
    };
    const first = await callerAt(db, w.judge).violation.admin.raise(input);
    expect(first).toMatchObject({ status: "pending", dueAt: new Date(VIO_NOW.getTime() + WEEK), replayed: false });
    const again = await callerAt(db, w.judge, new Date(VIO_NOW.getTime() + 1000)).violation.admin.raise(input);
    expect(again).toMatchObject({ id: first.id, replayed: true });
    expect(await ticketsOf(w.shop.id)).toMatchObject([
      {
        id: first.id,
        sourceType: "admin",
        rule: "WO-TM-7",
        points: 48,
        reason: input.reason,
        raisedBy: w.judge.userId,
      },
    ]);
    // The same request id with different content is refused, not a second ticket.
    await expectTrpcError(callerAt(db, w.judge).violation.admin.raise({ ...input, points: 12 }), "CONFLICT");
    expect(await ticketsOf(w.shop.id)).toHaveLength(1);
    // The merchant sees it with its countdown, raised by the platform.
    const seen = await callerAt(db, w.merchant).violation.merchant.get({ violationId: first.id });
    expect(seen).toMatchObject({
      rule: "WO-TM-7",
      points: 48,
      countedPoints: 0,
      status: "pending",
      source: { type: "admin" },
      raisedByName: w.judge.name,
    });
  });

  it("VIO-1: only the rules admins may use, with the points each allows; shops that do not exist are NOT_FOUND; merchants cannot raise", async () => {
    const { db } = handle;
    const w = await vioWorld(db);
    const base = { shopId: w.shop.id, reason: "违规事实清楚,证据充分", requestId: crypto.randomUUID() };
    await expectTrpcError(
      callerAt(db, w.judge).violation.admin.raise({ ...base, rule: "XYZ-1", points: 2 }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      callerAt(db, w.judge).violation.admin.raise({ ...base, rule: "WO-TM-7", points: 20 }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      callerAt(db, w.judge).violation.admin.raise({ ...base, rule: "INV-2", points: 2, reason: "短" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      callerAt(db, w.judge).violation.admin.raise({ ...base, shopId: crypto.randomUUID(), rule: "INV-2", points: 2 }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      callerAt(db, w.judge).violation.admin.raise({ ...base, shopId: "not-a-uuid", rule: "INV-2", points: 2 }),
      "NOT_FOUND",
    );
    const merchantCaller = callerAt(db, w.merchant) as unknown as {
      violation: { admin: { raise: (i: unknown) => Promise<unknown> } };
    };
    await expectTrpcError(merchantCaller.violation.admin.raise({ ...base, rule: "INV-2", points: 2 }), "FORBIDDEN");
    await expectTrpcError(
      callerFor(db, await createConsumer(db), { now: fixedClock(VIO_NOW) }).violation.admin.list({}),
      "FORBIDDEN",
    );
    expect(await ticketsOf(w.shop.id)).toEqual([]);
  });

  it("VIO-1: admins list every shop's tickets, filtered by shop, status and rule", async () => {
    const { db } = handle;
    const a = await vioWorld(db);
    const b = await vioWorld(db);
    await raiseTicket(db, a, { rule: "INV-6" });
    await raiseTicket(db, a, { rule: "WO-TM-7", points: 12, when: new Date(VIO_NOW.getTime() + 1000) });
    await raiseTicket(db, b, { rule: "INV-6" });
    const admin = callerAt(db, await createAdmin(db));
    expect((await admin.violation.admin.list({ shopId: a.shop.id })).items.map((t) => t.rule)).toEqual([
      "WO-TM-7",
      "INV-6",
    ]);
    expect((await admin.violation.admin.list({ shopId: a.shop.id, rule: "INV-6" })).items).toHaveLength(1);
    expect((await admin.violation.admin.list({ shopId: b.shop.id, status: "effective" })).items).toEqual([]);
    const paged = await admin.violation.admin.list({ shopId: a.shop.id, limit: 1 });
    expect(paged.nextCursor).not.toBeNull();
    expect(
      (
        await admin.violation.admin.list({ shopId: a.shop.id, limit: 1, cursor: paged.nextCursor ?? undefined })
      ).items.map((t) => t.rule),
    ).toEqual(["INV-6"]);
  });
});
