import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { files } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { getBlobStore } from "@/server/storage/blob-store";
import { lyingOfd } from "@/server/test/lying-zip";
import {
  createConsumer,
  createMerchant,
  createShop,
  openTestDb,
  serviceContext,
  TEST_NOW,
} from "@/server/test/harness";
import { storeUpload, type UploadPurpose } from "./store-upload";

let handle: DbHandle;
let filesDir: string;
const previousDir = process.env.ARBITER_FILES_DIR;

beforeAll(async () => {
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "arbiter-files-"));
  process.env.ARBITER_FILES_DIR = filesDir;
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
  if (previousDir === undefined) delete process.env.ARBITER_FILES_DIR;
  else process.env.ARBITER_FILES_DIR = previousDir;
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const pdf = () => new TextEncoder().encode(PDF);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function blobCount(): number {
  return fs.readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

async function rowsOf(userId: string) {
  return handle.db.select().from(files).where(eq(files.uploadedBy, userId));
}

describe("storeUpload", () => {
  it("INV-2: stores an accepted invoice PDF with its sha256, a generated key and the merchant's shop", async () => {
    const shop = await createShop(handle.db);
    const merchant = await createMerchant(handle.db, shop.id);
    const bytes = pdf();
    const stored = await storeUpload(serviceContext(handle.db, merchant, { now: TEST_NOW }), {
      filename: "../发票 2026.pdf",
      bytes,
      purpose: "invoice",
    });

    expect(stored).toEqual({
      id: expect.any(String),
      originalName: "发票 2026.pdf",
      kind: "pdf",
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      contentType: "application/pdf",
    });
    const [row] = await rowsOf(merchant.userId);
    expect(row).toMatchObject({ id: stored.id, shopId: shop.id, sha256: sha256(bytes), createdAt: TEST_NOW });
    expect(row?.storageKey).toMatch(/^2026\/03\/[0-9a-f-]{36}$/);
    const blob = row ? await getBlobStore().getBytes(row.storageKey) : null;
    expect(blob && Buffer.from(blob).equals(Buffer.from(bytes))).toBe(true);
    expect(fs.existsSync(path.join(filesDir, ...(row?.storageKey ?? "").split("/")))).toBe(true);
  });

  it("WO-3: an image in an evidence upload is re-encoded without EXIF and hashed as stored", async () => {
    const consumer = await createConsumer(handle.db);
    const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#abc" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "x" } })
      .toBuffer();
    const stored = await storeUpload(serviceContext(handle.db, consumer, { now: TEST_NOW }), {
      filename: "photo.jpg",
      bytes: jpeg,
      purpose: "evidence",
    });
    const [row] = await rowsOf(consumer.userId);
    expect(row).toMatchObject({ shopId: null, kind: "jpeg", width: 10, height: 10 });
    const blob = row ? await getBlobStore().getBytes(row.storageKey) : null;
    if (!blob) throw new Error("blob missing");
    expect((await sharp(blob).metadata()).exif).toBeUndefined();
    expect(stored.sha256).toBe(sha256(blob));
    expect(stored.sha256).not.toBe(sha256(jpeg));
    expect(stored.sizeBytes).toBe(blob.length);
  });

  const rejected: { name: string; filename: string; bytes: () => Uint8Array; purpose: UploadPurpose; code: string }[] =
    [
      {
        name: "an .exe",
        filename: "setup.exe",
        bytes: () => new Uint8Array([0x4d, 0x5a, 1, 2]),
        purpose: "evidence",
        code: "EXTENSION_NOT_ALLOWED",
      },
      {
        name: "an empty file",
        filename: "a.pdf",
        bytes: () => new Uint8Array(0),
        purpose: "invoice",
        code: "EMPTY_FILE",
      },
      { name: "a PDF named .png", filename: "a.png", bytes: pdf, purpose: "evidence", code: "CONTENT_MISMATCH" },
      {
        name: "a PDF without %%EOF",
        filename: "a.pdf",
        bytes: () => new TextEncoder().encode("%PDF-1.4\n1 0 obj\n"),
        purpose: "invoice",
        code: "MALFORMED_PDF",
      },
      {
        name: "a 1 MiB OFD whose zip headers hide 1 GiB",
        filename: "发票.ofd",
        bytes: () => lyingOfd(),
        purpose: "invoice",
        code: "OFD_INFLATES_TOO_MUCH",
      },
    ];
  for (const c of rejected) {
    it(`a rejected upload (${c.name}) leaves no row and no blob`, async () => {
      const consumer = await createConsumer(handle.db);
      const blobsBefore = blobCount();
      const error = await storeUpload(serviceContext(handle.db, consumer, { now: TEST_NOW }), {
        filename: c.filename,
        bytes: c.bytes(),
        purpose: c.purpose,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ kind: "BAD_REQUEST", code: c.code });
      expect(await rowsOf(consumer.userId)).toHaveLength(0);
      expect(blobCount()).toBe(blobsBefore);
    });
  }

  it("INV-2: an image is refused as an invoice; the blob is removed when the row cannot be written", async () => {
    const consumer = await createConsumer(handle.db);
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    const blobsBefore = blobCount();
    await expect(
      storeUpload(serviceContext(handle.db, consumer, { now: TEST_NOW }), {
        filename: "a.png",
        bytes: png,
        purpose: "invoice",
      }),
    ).rejects.toMatchObject({
      code: "CONTENT_MISMATCH",
    });
    // A merchant actor whose shop does not exist: the insert fails on its foreign key.
    const ghost = {
      ...consumer,
      merchant: { shopId: crypto.randomUUID(), shopName: "x", role: "owner" as const, timeZone: "Asia/Shanghai" },
    };
    await expect(
      storeUpload(serviceContext(handle.db, ghost, { now: TEST_NOW }), {
        filename: "a.pdf",
        bytes: pdf(),
        purpose: "invoice",
      }),
    ).rejects.toThrow();
    expect(await rowsOf(consumer.userId)).toHaveLength(0);
    expect(blobCount()).toBe(blobsBefore);
  });
});
