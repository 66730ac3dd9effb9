import { createHash } from "node:crypto";
import { files } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { FileKind } from "@/server/domain/files";
import { getBlobStore, newBlobKey, type BlobStore } from "@/server/storage/blob-store";
import { checkUpload, cleanOriginalName } from "@/server/storage/upload-checks";
import type { ServiceContext } from "../service-context";

/** What an upload is for decides which kinds it may be (INV-2: invoices are PDF or OFD). */
export const uploadPurposes = ["invoice", "evidence"] as const;
export type UploadPurpose = (typeof uploadPurposes)[number];

export const allowedKindsFor: Readonly<Record<UploadPurpose, readonly FileKind[]>> = {
  invoice: ["pdf", "ofd"],
  evidence: ["jpeg", "png", "webp", "pdf"],
};

export function isUploadPurpose(value: string | null | undefined): value is UploadPurpose {
  return value === "invoice" || value === "evidence";
}

export interface StoredFile {
  id: string;
  originalName: string;
  kind: FileKind;
  sizeBytes: number;
  sha256: string;
  contentType: string;
}

/**
 * Checks an upload, writes its (possibly re-encoded) bytes under a generated key and records
 * the `files` row. A rejected upload throws a DomainError and stores nothing.
 */
export async function storeUpload(
  ctx: ServiceContext,
  args: { filename: string; bytes: Uint8Array; purpose: UploadPurpose; store?: BlobStore },
): Promise<StoredFile> {
  const { db, actor, now } = ctx;
  const { purpose } = args;
  // Files belong to the person who uploads them (and their shop): the system uploads nothing.
  if (!actor) throw new DomainError("FORBIDDEN", "SIGN_IN_REQUIRED", { "zh-CN": "请先登录", en: "Please sign in" });
  const store = args.store ?? getBlobStore();
  const originalName = cleanOriginalName(args.filename);
  const checked = await checkUpload({
    filename: originalName,
    bytes: args.bytes,
    allowedKinds: allowedKindsFor[purpose],
  });
  const sha256 = createHash("sha256").update(checked.bytes).digest("hex");
  const storageKey = newBlobKey(now);
  await store.put(storageKey, checked.bytes);
  try {
    const [row] = await db
      .insert(files)
      .values({
        uploadedBy: actor.userId,
        shopId: actor.merchant?.shopId ?? null,
        originalName,
        kind: checked.kind,
        contentType: checked.contentType,
        sizeBytes: checked.bytes.byteLength,
        sha256,
        storageKey,
        width: checked.width ?? null,
        height: checked.height ?? null,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("storeUpload: insert returned no row");
    return {
      id: row.id,
      originalName: row.originalName,
      kind: row.kind,
      sizeBytes: row.sizeBytes,
      sha256: row.sha256,
      contentType: row.contentType,
    };
  } catch (error) {
    await store.remove(storageKey).catch(() => undefined);
    throw error;
  }
}
