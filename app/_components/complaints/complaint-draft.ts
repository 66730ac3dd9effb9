import type { UploadedFile } from "../evidence/uploaded-file";
import type { BuyerOrders } from "./types";

/**
 * The unsent complaint, kept in this browser per shop: the uploads are already on the server (the
 * upload pipeline's drafts, attached and frozen only when the complaint is filed), so a reload or a
 * lost connection loses nothing the merchant did.
 */
export interface ComplaintDraft<V> {
  buyer: BuyerOrders;
  files: Record<string, UploadedFile[]>;
  values: V;
}

const keyOf = (shopId: string) => `arbiter.complaint-draft.${shopId}`;

export function readDraft<V>(shopId: string): ComplaintDraft<V> | null {
  try {
    const raw = window.localStorage.getItem(keyOf(shopId));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || !("buyer" in parsed) || !("values" in parsed)) return null;
    return parsed as ComplaintDraft<V>;
  } catch {
    return null;
  }
}

export function writeDraft<V>(shopId: string, draft: ComplaintDraft<V>): void {
  try {
    window.localStorage.setItem(keyOf(shopId), JSON.stringify(draft));
  } catch {
    // storage full or disabled: the form still works, only without a draft
  }
}

export function clearDraft(shopId: string): void {
  try {
    window.localStorage.removeItem(keyOf(shopId));
  } catch {
    // nothing kept
  }
}
