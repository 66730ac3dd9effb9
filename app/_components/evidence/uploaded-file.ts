import type { FileKind } from "@/server/domain/files";

/** A file the server accepted (POST /api/uploads → 201); ids are attached to records later. */
export interface UploadedFile {
  id: string;
  originalName: string;
  kind: FileKind;
  sizeBytes: number;
  sha256: string;
  contentType: string;
}

export type UploadPurpose = "invoice" | "evidence";

/** Mirrors MAX_UPLOAD_BYTES in server/storage/upload-checks (the server is the authority). */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

const kinds: readonly string[] = ["pdf", "ofd", "jpeg", "png", "webp"];

/** Narrows the JSON of a 201 upload response. */
export function parseUploadedFile(value: unknown): UploadedFile | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const { id, originalName, kind, sizeBytes, sha256, contentType } = v;
  if (typeof id !== "string" || typeof originalName !== "string" || typeof kind !== "string" || !kinds.includes(kind))
    return null;
  if (typeof sizeBytes !== "number" || typeof sha256 !== "string" || typeof contentType !== "string") return null;
  return { id, originalName, kind: kind as FileKind, sizeBytes, sha256, contentType };
}

export function isImageFile(file: Pick<UploadedFile, "kind">): boolean {
  return file.kind === "jpeg" || file.kind === "png" || file.kind === "webp";
}
