import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { evidenceItems, files } from "@/db/schema";
import type { FileKind } from "@/server/domain/files";
import type { InterventionPath } from "@/server/domain/policies/types";

/** One draft file, enough for the uploader to show it again after a reload. */
export interface DraftFile {
  fileId: string;
  name: string;
  kind: FileKind;
  sizeBytes: number;
  sha256: string;
  contentType: string;
}

/** WO-3: the merchant's not-yet-submitted evidence; the path is the one whose slots hold it. */
export interface EvidenceDraft {
  path: string | null;
  evidence: Record<string, DraftFile[]>;
}

export const emptyDraft = (): EvidenceDraft => ({ path: null, evidence: {} });

/** Evidence rows of a work order that are still drafts (submitted = false). */
export const isDraftOf = (workOrderId: string) =>
  and(
    eq(evidenceItems.recordType, "work_order"),
    eq(evidenceItems.recordId, workOrderId),
    eq(evidenceItems.submitted, false),
  );

/** Deletes a work order's draft rows (before a new draft or the one submission replaces them). */
export async function clearEvidenceDraft(db: DbOrTx, workOrderId: string): Promise<void> {
  await db.delete(evidenceItems).where(isDraftOf(workOrderId));
}

/**
 * The draft by slot, in position order. There is no path column: the path is inferred as the
 * policy path whose slots contain every drafted slot key; a draft with no files has no path.
 */
export async function loadEvidenceDraft(
  db: DbOrTx,
  workOrderId: string,
  paths: readonly InterventionPath[],
): Promise<EvidenceDraft> {
  const rows = await db
    .select({
      slot: evidenceItems.slot,
      fileId: evidenceItems.fileId,
      name: files.originalName,
      kind: files.kind,
      sizeBytes: files.sizeBytes,
      sha256: files.sha256,
      contentType: files.contentType,
    })
    .from(evidenceItems)
    .innerJoin(files, eq(files.id, evidenceItems.fileId))
    .where(isDraftOf(workOrderId))
    .orderBy(asc(evidenceItems.slot), asc(evidenceItems.position), asc(evidenceItems.createdAt));
  if (rows.length === 0) return emptyDraft();
  const evidence: Record<string, DraftFile[]> = {};
  for (const { slot, ...file } of rows) (evidence[slot] ??= []).push(file);
  const keys = Object.keys(evidence);
  const path = paths.find((p) => keys.every((key) => p.slots.some((s) => s.key === key)));
  return { path: path?.key ?? null, evidence };
}
