import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, invoiceRequests, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { HOUR_MS } from "@/server/domain/time";
import {
  callerFor,
  createAdmin,
  createConsumer,
  createMerchant,
  createOrder,
  createShop,
  openTestDb,
  TEST_NOW,
} from "@/server/test/harness";
import { insertFile, insertUrgeWorkOrder } from "@/server/test/fixtures/invoices";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** Requests are made an hour before TEST_NOW, so their audit events sort before the decision's. */
const REQUESTED_AT = new Date(TEST_NOW.getTime() - HOUR_MS);

/** A shop with a merchant, a consumer, a completed order and a live invoice request on it. */
async function world(businessMode: "SOP" | "FBP" = "SOP") {
  const { db } = handle;
  const shop = await createShop(db, { businessMode });
  const merchant = await createMerchant(db, shop.id);
  const consumer = await createConsumer(db);
  const order = await createOrder(db, { shopId: shop.id, consumerId: consumer.consumer.id, status: "completed" });
  const { id } = await callerFor(db, consumer, { now: fixedClock(REQUESTED_AT) }).invoice.consumer.request({
    orderId: order.id,
    title: "个人",
    invoiceType: "electronic_normal",
  });
  const asMerchant = callerFor(db, merchant, { locale: "en" });
  return { shop, merchant, consumer, order, invoiceId: id, asMerchant };
}

const load = async (id: string) => {
  const [row] = await handle.db.select().from(invoiceRequests).where(eq(invoiceRequests.id, id));
  return row;
};
const eventsOf = (id: string) =>
  handle.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.recordId, id))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));

describe("issue and refuse", () => {
  it("INV-2: the merchant issues with a PDF it uploaded → issued with number and file; SHOP-4 audits invoice.issued; an open urge work order is answered", async () => {
    const { merchant, order, consumer, shop, invoiceId, asMerchant } = await world();
    const fileId = await insertFile(handle.db, { uploadedBy: merchant.userId, shopId: shop.id, name: "发票.pdf" });
    const urgeId = await insertUrgeWorkOrder(
      handle.db,
      {
        id: invoiceId,
        shopId: shop.id,
        orderId: order.id,
        consumerId: consumer.consumer.id,
        invoicingParty: "merchant",
      },
      { status: "open" },
    );

    const issued = await asMerchant.invoice.merchant.issue({ invoiceId, invoiceNo: " 25312000000012345678 ", fileId });
    expect(issued).toMatchObject({
      id: invoiceId,
      status: "issued",
      invoiceNo: "25312000000012345678",
      issuedAt: TEST_NOW,
    });
    expect(await load(invoiceId)).toMatchObject({
      status: "issued",
      invoiceNo: "25312000000012345678",
      invoiceFileId: fileId,
      decidedBy: merchant.userId,
    });
    expect((await eventsOf(invoiceId)).map((e) => [e.action, e.fromState, e.toState, e.actorRole])).toEqual([
      ["invoice.requested", null, "requested", "consumer"],
      ["invoice.issued", "requested", "issued", "merchant"],
    ]);
    const [urge] = await handle.db.select().from(workOrders).where(eq(workOrders.id, urgeId));
    expect(urge).toMatchObject({ status: "resolved", replyOnTime: true });

    // The consumer sees the issued invoice with its file.
    const seen = await callerFor(handle.db, consumer).invoice.consumer.get({ invoiceId });
    expect(seen).toMatchObject({
      status: "issued",
      invoiceNo: "25312000000012345678",
      file: { id: fileId, name: "发票.pdf" },
    });
  });

  it("INV-2: an OFD file is accepted too", async () => {
    const { merchant, invoiceId, asMerchant } = await world();
    const fileId = await insertFile(handle.db, { uploadedBy: merchant.userId, kind: "ofd" });
    expect((await asMerchant.invoice.merchant.issue({ invoiceId, invoiceNo: "12345678", fileId })).status).toBe(
      "issued",
    );
  });

  it("INV-2: with someone else's file, a JPEG, or no real file → INVOICE_FILE_REQUIRED and the request unchanged", async () => {
    const { merchant, shop, invoiceId, asMerchant } = await world();
    const colleague = await createMerchant(handle.db, shop.id, "agent");
    const before = await load(invoiceId);
    const files = [
      await insertFile(handle.db, { uploadedBy: colleague.userId, shopId: shop.id }),
      await insertFile(handle.db, { uploadedBy: merchant.userId, shopId: shop.id, kind: "jpeg" }),
      crypto.randomUUID(),
      "not-a-uuid",
    ];
    for (const fileId of files) {
      const attempt = asMerchant.invoice.merchant.issue({ invoiceId, invoiceNo: "12345678", fileId });
      await expect(attempt).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: "Upload the invoice file (PDF or OFD)",
      });
      await expect(attempt).rejects.toMatchObject({ cause: { code: "INVOICE_FILE_REQUIRED" } });
    }
    expect(await load(invoiceId)).toEqual(before);
    expect(await eventsOf(invoiceId)).toHaveLength(1);
  });

  it("INV-2: the invoice number must be 8–20 digits", async () => {
    const { merchant, invoiceId, asMerchant } = await world();
    const fileId = await insertFile(handle.db, { uploadedBy: merchant.userId });
    for (const invoiceNo of ["1234567", "123456789012345678901", "1234567A", ""]) {
      await expect(asMerchant.invoice.merchant.issue({ invoiceId, invoiceNo, fileId })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    expect((await load(invoiceId))?.status).toBe("requested");
  });

  it("INV-2: refusing requires a reason (2–200 chars); with one it is refused and SHOP-4 audits invoice.refused with the reason", async () => {
    const { merchant, invoiceId, asMerchant } = await world();
    for (const reason of ["", " ", "无", "理".repeat(201)]) {
      await expect(asMerchant.invoice.merchant.refuse({ invoiceId, reason })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    expect((await load(invoiceId))?.status).toBe("requested");

    const refused = await asMerchant.invoice.merchant.refuse({ invoiceId, reason: "  该商品不在可开票范围内 " });
    expect(refused).toMatchObject({ status: "refused", refuseReason: "该商品不在可开票范围内", refusedAt: TEST_NOW });
    expect(await load(invoiceId)).toMatchObject({ status: "refused", decidedBy: merchant.userId });
    const last = (await eventsOf(invoiceId)).at(-1);
    expect(last).toMatchObject({
      action: "invoice.refused",
      fromState: "requested",
      toState: "refused",
      actorRole: "merchant",
      payload: { reason: "该商品不在可开票范围内" },
    });
  });

  it("INV-2: issuing twice, or refusing an issued invoice → CONFLICT (stale) and the record unchanged", async () => {
    const { merchant, invoiceId, asMerchant } = await world();
    const fileId = await insertFile(handle.db, { uploadedBy: merchant.userId });
    await asMerchant.invoice.merchant.issue({ invoiceId, invoiceNo: "11111111", fileId });
    const after = await load(invoiceId);
    const other = await insertFile(handle.db, { uploadedBy: merchant.userId });
    await expect(
      asMerchant.invoice.merchant.issue({ invoiceId, invoiceNo: "22222222", fileId: other }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { code: "STALE_STATE" },
    });
    await expect(asMerchant.invoice.merchant.refuse({ invoiceId, reason: "重复处理" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await load(invoiceId)).toEqual(after);
    expect(await eventsOf(invoiceId)).toHaveLength(2);
  });

  it("SHOP-1: an FBP shop's request is the platform's — absent from the merchant list, NOT_FOUND for the merchant's get/issue/refuse, issuable by an admin", async () => {
    const { merchant, invoiceId, asMerchant, shop, order } = await world("FBP");
    expect((await load(invoiceId))?.invoicingParty).toBe("platform");
    expect((await asMerchant.invoice.merchant.list({ limit: 100 })).items).toEqual([]);
    const merchantFile = await insertFile(handle.db, { uploadedBy: merchant.userId, shopId: shop.id });
    await expect(
      asMerchant.invoice.merchant.issue({ invoiceId, invoiceNo: "12345678", fileId: merchantFile }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asMerchant.invoice.merchant.refuse({ invoiceId, reason: "不开" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(asMerchant.invoice.merchant.get({ invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const admin = await createAdmin(handle.db);
    const asAdmin = callerFor(handle.db, admin);
    expect((await asAdmin.invoice.admin.list({ orderNo: order.orderNo })).items.map((r) => r.id)).toEqual([invoiceId]);
    const adminFile = await insertFile(handle.db, { uploadedBy: admin.userId });
    expect(await asAdmin.invoice.admin.issue({ invoiceId, invoiceNo: "87654321", fileId: adminFile })).toMatchObject({
      status: "issued",
    });
    expect(await load(invoiceId)).toMatchObject({ status: "issued", decidedBy: admin.userId });
    expect((await eventsOf(invoiceId)).at(-1)).toMatchObject({
      action: "invoice.issued",
      actorRole: "admin",
      actorId: admin.userId,
    });
  });

  it("SHOP-1: an SOP request is NOT_FOUND for admin.issue and admin.refuse (the merchant invoices it), though an admin may view it", async () => {
    const { invoiceId, order } = await world("SOP");
    const admin = await createAdmin(handle.db);
    const asAdmin = callerFor(handle.db, admin);
    const adminFile = await insertFile(handle.db, { uploadedBy: admin.userId });
    await expect(
      asAdmin.invoice.admin.issue({ invoiceId, invoiceNo: "87654321", fileId: adminFile }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asAdmin.invoice.admin.refuse({ invoiceId, reason: "平台拒绝" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await asAdmin.invoice.admin.list({ orderNo: order.orderNo })).items).toEqual([]);
    expect((await asAdmin.invoice.admin.get({ invoiceId })).invoicingParty).toBe("merchant");
    expect((await load(invoiceId))?.status).toBe("requested");
  });

  it("SHOP-1: an admin refuses an FBP request", async () => {
    const { invoiceId } = await world("FBP");
    const asAdmin = callerFor(handle.db, await createAdmin(handle.db));
    expect(await asAdmin.invoice.admin.refuse({ invoiceId, reason: "订单商品不支持开票" })).toMatchObject({
      status: "refused",
    });
  });

  it("SHOP-3: a merchant of shop A on shop B's invoice → NOT_FOUND for get, issue and refuse; the request unchanged", async () => {
    const b = await world("SOP");
    const shopA = await createShop(handle.db);
    const merchantA = await createMerchant(handle.db, shopA.id);
    const asA = callerFor(handle.db, merchantA, { locale: "en" });
    const fileA = await insertFile(handle.db, { uploadedBy: merchantA.userId, shopId: shopA.id });
    const before = await load(b.invoiceId);
    await expect(asA.invoice.merchant.get({ invoiceId: b.invoiceId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Invoice request not found",
    });
    await expect(
      asA.invoice.merchant.issue({ invoiceId: b.invoiceId, invoiceNo: "12345678", fileId: fileA }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asA.invoice.merchant.refuse({ invoiceId: b.invoiceId, reason: "不开" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(asA.invoice.merchant.get({ invoiceId: "garbage" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await asA.invoice.merchant.list({ limit: 100 })).items).toEqual([]);
    expect(await load(b.invoiceId)).toEqual(before);
  });
});
