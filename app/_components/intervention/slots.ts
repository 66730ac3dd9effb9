import type { FileKind } from "@/server/domain/files";
import type { EvidenceSlot } from "@/server/domain/policies/types";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";

const extensions: Record<FileKind, string> = {
  jpeg: ".jpg,.jpeg",
  png: ".png",
  webp: ".webp",
  pdf: ".pdf",
  ofd: ".ofd",
};

/** The file input's `accept` for a slot (the server checks the content regardless). */
export function acceptFor(slot: EvidenceSlot): string {
  return slot.accepts.map((kind) => extensions[kind]).join(",");
}

/** Every slot a work order's policy names (all paths, plus the collaborative voucher slot). */
export function slotsOf(policy: WorkOrderDetail["policy"]): EvidenceSlot[] {
  const fromPaths = (policy.paths ?? []).flatMap((p) => p.slots);
  return policy.collaborative ? [...fromPaths, policy.collaborative.voucherSlot] : fromPaths;
}

/** "12.34" (yuan) → 1234 fen; "" → 0; anything else → null. */
export function yuanToFen(text: string): number | null {
  const value = text.trim();
  if (value === "") return 0;
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

export const isImage = (kind: FileKind) => kind === "jpeg" || kind === "png" || kind === "webp";
