import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, invoiceRequests, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { callerFor, createAdmin, createConsumer, createMerchant, createShop, openTestDb } from "@/server/test/harness";
import {
  createInvoiceFile,
  expectTrpcError,
  H,
  insertUrgeWorkOrder,
  urgeWorld,
  WO_NOW,
  type UrgeWorld,
} from "@/server/test/fixtures/work-orders";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** A fresh SOP world with an open urge work order opened at WO_NOW (due WO_NOW + 24h). */
async function opened(opts: { businessMode?: "SOP" | "FBP" } = {}) {
  const world = await urgeWorld(handle.db, opts);
  const { workOrderId } = await callerFor(handle.db, world.consumer, {
    now: fixedClock(WO_NOW),
  }).workOrder.consumer.urge({ invoiceRequestId: world.request.id });
  return { ...world, workOrderId };
}

async function load(id: string) {
  const [row] = await handle.db.select().from(workOrders).where(eq(workOrders.id, id));
  if (!row) throw new Error("work order vanished");
  return row;
}

async function actions(id: string) {
  const rows = await handle.db.select().from(auditEvents).where(eq(auditEvents.recordId, id)).orderBy(auditEvents.at);
  return rows.map((r) => r.action);
}

const merchantAt = (world: UrgeWorld, at: Date) => callerFor(handle.db, world.merchant, { now: fixedClock(at) });
const later = new Date(WO_NOW.getTime() + 2 * H);

describe("reply to an urge-invoice work order", () => {
  it("INV-5: 已开发票 issues the invoice with its uploaded PDF and resolves the work order on time", async () => {
    const world = await opened();
    const fileId = await createInvoiceFile(handle.db, world.merchant.userId);
    const result = await merchantAt(world, later).workOrder.merchant.reply({
      workOrderId: world.workOrderId,
      resolution: "invoice_issued",
      invoiceNo: "20260001",
      fileId,
    });
    expect(result).toEqual({ workOrderId: world.workOrderId, status: "resolved", resolution: "invoice_issued" });
    const wo = await load(world.workOrderId);
    expect(wo).toMatchObject({
      status: "resolved",
      replyOnTime: true,
      repliedBy: world.merchant.userId,
      reply: { resolution: "invoice_issued", invoiceNo: "20260001", invoiceFileId: fileId },
    });
    expect(wo.closedAt?.toISOString()).toBe(later.toISOString());
    const [request] = await handle.db.select().from(invoiceRequests).where(eq(invoiceRequests.id, world.request.id));
    expect(request).toMatchObject({ status: "issued", invoiceNo: "20260001", invoiceFileId: fileId });
    expect(await actions(world.workOrderId)).toEqual(["work_order.opened", "work_order.replied"]);
  });

  it.each(["agreed_no_invoice", "agreed_cannot_issue"] as const)(
    "INV-5: %s resolves the work order with the note, audited",
    async (resolution) => {
      const world = await opened();
      await merchantAt(world, later).workOrder.merchant.reply({
        workOrderId: world.workOrderId,
        resolution,
        note: "已电话沟通",
      });
      const wo = await load(world.workOrderId);
      expect(wo).toMatchObject({ status: "resolved", replyOnTime: true, reply: { resolution, note: "已电话沟通" } });
      expect(wo.repliedAt?.toISOString()).toBe(later.toISOString());
      expect(wo.closedAt?.toISOString()).toBe(later.toISOString());
      const [event] = await handle.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.recordId, world.workOrderId), eq(auditEvents.action, "work_order.replied")));
      expect(event).toMatchObject({
        actorRole: "merchant",
        fromState: "open",
        toState: "resolved",
        payload: { resolution, note: "已电话沟通", onTime: true },
      });
    },
  );

  it("INV-5/INV-6: 已协商开票时间 with a future date makes a promise due at that date", async () => {
    const world = await opened();
    const promisedAt = new Date(WO_NOW.getTime() + 72 * H);
    const result = await merchantAt(world, later).workOrder.merchant.reply({
      workOrderId: world.workOrderId,
      resolution: "agreed_invoice_date",
      promisedAt,
    });
    expect(result.status).toBe("promised");
    const wo = await load(world.workOrderId);
    expect(wo).toMatchObject({
      status: "promised",
      replyOnTime: true,
      closedAt: null,
      reply: { resolution: "agreed_invoice_date", promisedAt: promisedAt.toISOString() },
    });
    expect(wo.dueAt?.toISOString()).toBe(promisedAt.toISOString());
    expect(await actions(world.workOrderId)).toEqual(["work_order.opened", "work_order.promised"]);
  });

  it("INV-5: an agreed invoicing date in the past or exactly now is refused and the work order is unchanged", async () => {
    const world = await opened();
    const before = await load(world.workOrderId);
    const caller = merchantAt(world, later);
    for (const promisedAt of [new Date(later.getTime() - 1), later]) {
      const error = await expectTrpcError(
        caller.workOrder.merchant.reply({
          workOrderId: world.workOrderId,
          resolution: "agreed_invoice_date",
          promisedAt,
        }),
        "BAD_REQUEST",
      );
      expect(error.message).toBe("约定开票时间必须晚于当前时间");
    }
    expect(await load(world.workOrderId)).toEqual(before);
    expect(await actions(world.workOrderId)).toEqual(["work_order.opened"]);
  });

  it("INV-5: 已开发票 without a file, with someone else's file or with an image is refused; nothing changes", async () => {
    const world = await opened();
    const before = await load(world.workOrderId);
    const caller = merchantAt(world, later);
    await expectTrpcError(
      caller.workOrder.merchant.reply({
        workOrderId: world.workOrderId,
        resolution: "invoice_issued",
        invoiceNo: "20260002",
      } as never),
      "BAD_REQUEST",
    );
    const othersFile = await createInvoiceFile(handle.db, (await createConsumer(handle.db)).userId);
    const image = await createInvoiceFile(handle.db, world.merchant.userId, "png");
    for (const fileId of [othersFile, image]) {
      const error = await expectTrpcError(
        caller.workOrder.merchant.reply({
          workOrderId: world.workOrderId,
          resolution: "invoice_issued",
          invoiceNo: "20260002",
          fileId,
        }),
        "BAD_REQUEST",
      );
      expect(error.message).toContain("发票文件");
    }
    expect(await load(world.workOrderId)).toEqual(before);
    const [request] = await handle.db.select().from(invoiceRequests).where(eq(invoiceRequests.id, world.request.id));
    expect(request?.status).toBe("requested");
  });

  it("INV-5: exactly one resolution — unknown keys and fields of another resolution are rejected", async () => {
    const world = await opened();
    const before = await load(world.workOrderId);
    const caller = merchantAt(world, later);
    const bad = [
      { workOrderId: world.workOrderId, resolution: "agreed_everything" },
      {
        workOrderId: world.workOrderId,
        resolution: "agreed_no_invoice",
        promisedAt: new Date(WO_NOW.getTime() + 48 * H),
      },
      { workOrderId: world.workOrderId, resolution: "agreed_cannot_issue", invoiceNo: "FP-2" },
      { workOrderId: world.workOrderId, resolution: ["agreed_no_invoice", "agreed_cannot_issue"] },
      { workOrderId: world.workOrderId },
    ];
    for (const input of bad) await expectTrpcError(caller.workOrder.merchant.reply(input as never), "BAD_REQUEST");
    expect(await load(world.workOrderId)).toEqual(before);
  });

  it("INV-7: a reply 1 ms before the deadline is accepted; at the deadline it is refused as expired and left for the sweeper", async () => {
    const early = await opened();
    const due = new Date(WO_NOW.getTime() + 24 * H);
    await merchantAt(early, new Date(due.getTime() - 1)).workOrder.merchant.reply({
      workOrderId: early.workOrderId,
      resolution: "agreed_no_invoice",
    });
    expect((await load(early.workOrderId)).status).toBe("resolved");

    const late = await opened();
    const before = await load(late.workOrderId);
    for (const at of [due, new Date(due.getTime() + H)]) {
      const error = await expectTrpcError(
        merchantAt(late, at).workOrder.merchant.reply({
          workOrderId: late.workOrderId,
          resolution: "agreed_no_invoice",
        }),
        "CONFLICT",
      );
      expect(error.message).toContain("工单已超时");
    }
    expect(await load(late.workOrderId)).toEqual(before);
  });

  it("INV-5: someone answered first — a second reply is a CONFLICT and the first answer stands", async () => {
    const world = await opened();
    await merchantAt(world, later).workOrder.merchant.reply({
      workOrderId: world.workOrderId,
      resolution: "agreed_cannot_issue",
    });
    const after = await load(world.workOrderId);
    await expectTrpcError(
      merchantAt(world, later).workOrder.merchant.reply({
        workOrderId: world.workOrderId,
        resolution: "agreed_no_invoice",
      }),
      "CONFLICT",
    );
    expect(await load(world.workOrderId)).toEqual(after);
  });

  it("ROL-1: a work order keeps its policy version — a v1 record is answered against v1; an unknown version is never silently upgraded", async () => {
    const world = await urgeWorld(handle.db);
    const v1 = await insertUrgeWorkOrder(handle.db, world, { policyVersion: 1 });
    await merchantAt(world, later).workOrder.merchant.reply({ workOrderId: v1.id, resolution: "agreed_no_invoice" });
    expect((await load(v1.id)).status).toBe("resolved");
    const detail = await merchantAt(world, later).workOrder.merchant.get({ workOrderId: v1.id });
    expect(detail.policy).toMatchObject({ id: "jd.urge_invoice", version: 1 });
    expect(detail.policy.resolutions.map((r) => r.key)).toEqual([
      "invoice_issued",
      "agreed_no_invoice",
      "agreed_cannot_issue",
      "agreed_invoice_date",
    ]);

    const other = await urgeWorld(handle.db);
    const unknown = await insertUrgeWorkOrder(handle.db, other, { policyVersion: 99 });
    await expectTrpcError(
      merchantAt(other, later).workOrder.merchant.reply({ workOrderId: unknown.id, resolution: "agreed_no_invoice" }),
      "BAD_REQUEST",
    );
    expect((await load(unknown.id)).status).toBe("open");
  });

  it("SHOP-3: another shop's merchant and another consumer get NOT_FOUND on get and reply", async () => {
    const world = await opened();
    const otherShop = await createShop(handle.db);
    const otherMerchant = callerFor(handle.db, await createMerchant(handle.db, otherShop.id), {
      now: fixedClock(later),
    });
    const otherConsumer = callerFor(handle.db, await createConsumer(handle.db), { now: fixedClock(later) });
    await expectTrpcError(otherMerchant.workOrder.merchant.get({ workOrderId: world.workOrderId }), "NOT_FOUND");
    await expectTrpcError(
      otherMerchant.workOrder.merchant.reply({ workOrderId: world.workOrderId, resolution: "agreed_no_invoice" }),
      "NOT_FOUND",
    );
    await expectTrpcError(otherConsumer.workOrder.consumer.get({ workOrderId: world.workOrderId }), "NOT_FOUND");
    await expectTrpcError(otherMerchant.workOrder.merchant.get({ workOrderId: "nope" }), "NOT_FOUND");
    expect((await load(world.workOrderId)).status).toBe("open");

    const own = await callerFor(handle.db, world.consumer, { now: fixedClock(later) }).workOrder.consumer.get({
      workOrderId: world.workOrderId,
    });
    expect(own).toMatchObject({
      id: world.workOrderId,
      status: "open",
      canReply: false,
      invoiceRequest: { id: world.request.id, status: "requested" },
      order: { orderNo: world.order.orderNo },
    });
    expect(own.timeline.map((e) => e.action)).toEqual(["work_order.opened"]);
  });

  it("SHOP-1: an FBP work order is answered by the platform — the shop's merchant cannot see it; an admin replies; an admin cannot reply to an SOP one", async () => {
    const fbp = await opened({ businessMode: "FBP" });
    const admin = callerFor(handle.db, await createAdmin(handle.db), { now: fixedClock(later) });
    await expectTrpcError(merchantAt(fbp, later).workOrder.merchant.get({ workOrderId: fbp.workOrderId }), "NOT_FOUND");
    await expectTrpcError(
      merchantAt(fbp, later).workOrder.merchant.reply({
        workOrderId: fbp.workOrderId,
        resolution: "agreed_no_invoice",
      }),
      "NOT_FOUND",
    );
    expect((await admin.workOrder.admin.get({ workOrderId: fbp.workOrderId })).canReply).toBe(true);
    await admin.workOrder.admin.reply({
      workOrderId: fbp.workOrderId,
      resolution: "agreed_cannot_issue",
      note: "平台已与消费者协商",
    });
    expect(await load(fbp.workOrderId)).toMatchObject({
      status: "resolved",
      reply: { resolution: "agreed_cannot_issue" },
    });

    const sop = await opened();
    expect((await admin.workOrder.admin.get({ workOrderId: sop.workOrderId })).canReply).toBe(false);
    await expectTrpcError(
      admin.workOrder.admin.reply({ workOrderId: sop.workOrderId, resolution: "agreed_no_invoice" }),
      "NOT_FOUND",
    );
  });
});
