import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { evidenceItems, files, invoiceRequests } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { DomainError } from "@/server/domain/errors";
import {
  createAdmin,
  createConsumer,
  createMerchant,
  createOrder,
  createShop,
  openTestDb,
  TEST_NOW,
  type AdminActor,
  type ConsumerActor,
  type MerchantActor,
} from "@/server/test/harness";
import { loadReadableFile } from "./can-read-file";
import { serviceContext } from "@/server/test/harness";
import { afterSalesWorld, applyAt } from "@/server/test/fixtures/after-sales";

let handle: DbHandle;
let admin: AdminActor;
let merchantA: MerchantActor;
let colleagueA: MerchantActor;
let merchantB: MerchantActor;
let owner: ConsumerActor;
let stranger: ConsumerActor;
let invoiceFileId: string;
let evidenceFileId: string;
let draftFileId: string;

async function insertFile(uploader: Actor): Promise<string> {
  const [row] = await handle.db
    .insert(files)
    .values({
      uploadedBy: uploader.userId,
      shopId: uploader.merchant?.shopId ?? null,
      originalName: "x.pdf",
      kind: "pdf",
      contentType: "application/pdf",
      sizeBytes: 10,
      sha256: "0".repeat(64),
      storageKey: `2026/03/${crypto.randomUUID()}`,
      createdAt: TEST_NOW,
    })
    .returning({ id: files.id });
  if (!row) throw new Error("no file row");
  return row.id;
}

beforeAll(async () => {
  handle = await openTestDb();
  const db = handle.db;
  const [shopA, shopB] = await Promise.all([createShop(db), createShop(db)]);
  merchantA = await createMerchant(db, shopA.id);
  colleagueA = await createMerchant(db, shopA.id, "agent");
  merchantB = await createMerchant(db, shopB.id);
  owner = await createConsumer(db);
  stranger = await createConsumer(db);
  admin = await createAdmin(db);

  // INV-2: shop A issues an invoice on the owner's order by uploading the file.
  const order = await createOrder(db, { shopId: shopA.id, consumerId: owner.consumer.id, status: "completed" });
  invoiceFileId = await insertFile(merchantA);
  await db.insert(invoiceRequests).values({
    shopId: shopA.id,
    orderId: order.id,
    consumerId: owner.consumer.id,
    status: "issued",
    invoicingParty: "merchant",
    invoiceType: "electronic_normal",
    title: "个人",
    supplementary: false,
    requestedAt: TEST_NOW,
    issuedAt: TEST_NOW,
    invoiceNo: "INV-1",
    invoiceFileId,
  });

  // WO-3: the owner's photo placed as evidence on a record of shop B.
  evidenceFileId = await insertFile(owner);
  await db.insert(evidenceItems).values({
    shopId: shopB.id,
    recordType: "work_order",
    recordId: crypto.randomUUID(),
    slot: "photo",
    fileId: evidenceFileId,
    addedBy: owner.userId,
    createdAt: TEST_NOW,
  });

  // Uploaded by the owner and not attached to anything yet.
  draftFileId = await insertFile(owner);
});
afterAll(async () => {
  await handle.close();
});

const read = (actor: Actor | null, fileId: string) => loadReadableFile(serviceContext(handle.db, actor), { fileId });

async function expectNotFound(actor: Actor | null, fileId: string) {
  const error = await read(actor, fileId).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ kind: "NOT_FOUND", code: "NOT_FOUND", text: { en: "File not found" } });
}

describe("loadReadableFile", () => {
  it("the uploader and merchants of the uploading shop can read it", async () => {
    await expect(read(merchantA, invoiceFileId)).resolves.toMatchObject({ id: invoiceFileId });
    await expect(read(colleagueA, invoiceFileId)).resolves.toMatchObject({ id: invoiceFileId });
    await expect(read(owner, draftFileId)).resolves.toMatchObject({ id: draftFileId });
  });

  it("INV-2: the consumer who owns the invoice request can read its invoice file", async () => {
    await expect(read(owner, invoiceFileId)).resolves.toMatchObject({ id: invoiceFileId });
  });

  it("another shop's merchant and another consumer get NOT_FOUND", async () => {
    await expectNotFound(merchantB, invoiceFileId);
    await expectNotFound(stranger, invoiceFileId);
    await expectNotFound(stranger, evidenceFileId);
    await expectNotFound(stranger, draftFileId);
    await expectNotFound(merchantA, draftFileId);
  });

  it("WO-3: the merchant of the shop an evidence item belongs to can read its file; other shops cannot", async () => {
    await expect(read(merchantB, evidenceFileId)).resolves.toMatchObject({ id: evidenceFileId });
    await expectNotFound(merchantA, evidenceFileId);
  });

  it("AS-4: the consumer of a service order can read the merchant's photos on it; another consumer cannot", async () => {
    const w = await afterSalesWorld(handle.db);
    const { id: serviceOrderId } = await applyAt(w, TEST_NOW);
    const receiptPhotoId = await insertFile(w.merchant);
    await handle.db.insert(evidenceItems).values({
      shopId: w.shop.id,
      recordType: "service_order",
      recordId: serviceOrderId,
      slot: "receipt_photos",
      fileId: receiptPhotoId,
      addedBy: w.merchant.userId,
      createdAt: TEST_NOW,
    });
    await expect(read(w.consumer, receiptPhotoId)).resolves.toMatchObject({ id: receiptPhotoId });
    await expectNotFound(stranger, receiptPhotoId);
    await expectNotFound(owner, receiptPhotoId);
  });

  it("admins can read anything", async () => {
    for (const id of [invoiceFileId, evidenceFileId, draftFileId]) {
      await expect(read(admin, id)).resolves.toMatchObject({ id });
    }
  });

  it("signed-out callers, unknown ids and malformed ids all look the same: NOT_FOUND", async () => {
    await expectNotFound(null, invoiceFileId);
    await expectNotFound(admin, crypto.randomUUID());
    await expectNotFound(admin, "../../etc/passwd");
  });
});
