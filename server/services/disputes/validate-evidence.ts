import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { files } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { EvidenceReason, EvidenceSlot } from "@/server/domain/policies/types";
import { isUuid } from "../ids";

export interface EvidencePlacement {
  slot: string;
  fileId: string;
  position: number;
}

const kindNames: Record<string, string> = { pdf: "PDF", ofd: "OFD", jpeg: "JPG", png: "PNG", webp: "WEBP" };
const kindsOf = (slot: EvidenceSlot) => slot.accepts.map((k) => kindNames[k] ?? k).join("/");

function slotError(code: string, slot: EvidenceSlot, zh: string, en: string): DomainError {
  return new DomainError(
    "BAD_REQUEST",
    code,
    { "zh-CN": `「${slot.label["zh-CN"]}」${zh}`, en: `"${slot.label.en}": ${en}` },
    { slot: slot.key },
  );
}

/**
 * WO-3 / DSP-3: the evidence a no-fault reason asks for, slot by slot, all in one submission.
 * Each slot's file count is within min..max, every file is of a kind the slot accepts and was
 * uploaded by the acting person. The first failing slot is named in the error; nothing is
 * stored by the caller until this passes.
 */
export async function validateEvidence(
  db: DbOrTx,
  args: { reason: EvidenceReason; evidence: Record<string, string[]>; uploaderId: string | null },
): Promise<EvidencePlacement[]> {
  const { reason, evidence, uploaderId } = args;
  const known = new Set(reason.slots.map((s) => s.key));
  const unknown = Object.keys(evidence).find((key) => !known.has(key));
  if (unknown) {
    throw new DomainError("BAD_REQUEST", "UNKNOWN_SLOT", {
      "zh-CN": `凭证栏位「${unknown}」不属于所选举证理由`,
      en: `Evidence slot "${unknown}" does not belong to the chosen reason`,
    });
  }

  const allIds = Object.values(evidence).flat();
  if (new Set(allIds).size !== allIds.length) {
    throw new DomainError("BAD_REQUEST", "DUPLICATE_FILE", {
      "zh-CN": "同一文件不能重复提交",
      en: "The same file was submitted twice",
    });
  }
  const rows = allIds.some(isUuid)
    ? await db
        .select({ id: files.id, kind: files.kind, uploadedBy: files.uploadedBy, originalName: files.originalName })
        .from(files)
        .where(inArray(files.id, allIds.filter(isUuid)))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));

  const placements: EvidencePlacement[] = [];
  for (const slot of reason.slots) {
    const ids = evidence[slot.key] ?? [];
    if (ids.length < slot.min) {
      throw slotError(
        "EVIDENCE_MISSING",
        slot,
        `为必传凭证,请至少上传 ${slot.min} 个文件`,
        `upload at least ${slot.min} file(s)`,
      );
    }
    if (ids.length > slot.max) {
      throw slotError("EVIDENCE_TOO_MANY", slot, `最多上传 ${slot.max} 个文件`, `at most ${slot.max} file(s)`);
    }
    for (const [position, id] of ids.entries()) {
      const file = byId.get(id);
      if (!file || uploaderId === null || file.uploadedBy !== uploaderId) {
        throw slotError(
          "EVIDENCE_FILE_NOT_FOUND",
          slot,
          "中有文件不存在或不是您上传的,请重新上传",
          "a file does not exist or was not uploaded by you; upload it again",
        );
      }
      if (!slot.accepts.includes(file.kind)) {
        throw slotError(
          "EVIDENCE_WRONG_KIND",
          slot,
          `只接受 ${kindsOf(slot)} 文件,「${file.originalName}」不符合`,
          `accepts ${kindsOf(slot)} only; "${file.originalName}" does not fit`,
        );
      }
      placements.push({ slot: slot.key, fileId: id, position });
    }
  }
  return placements;
}
