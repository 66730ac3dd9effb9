import type { DbOrTx } from "@/db/client";
import { notify } from "../notifications/notify";
import type { ComplaintRow } from "./complaint-access";

/**
 * NTF-1/NTF-2 for complaints (MAL-2): only the merchant is told — of the decision (upheld /
 * dismissed), of a request for more material (with its deadline), of a reminder before that
 * deadline, and of the close when it ran out. Admins need nothing beyond the queue; the consumer
 * is never told (MAL-3: the consumer sees nothing of marks). Text: `notification.kinds.complaint.*`.
 */
type Complaint = Pick<ComplaintRow, "id" | "shopId" | "complaintNo" | "category">;

function tell(tx: DbOrTx, c: Complaint, kind: string, params: Record<string, string>, now: Date, dedupeKey?: string) {
  return notify(tx, {
    to: { shopId: c.shopId },
    kind: `complaint.${kind}`,
    params: { complaintNo: c.complaintNo, category: c.category, ...params },
    record: { type: "complaint", id: c.id },
    ...(dedupeKey ? { dedupeKey } : {}),
    now,
  });
}

export function notifyComplaintDecided(tx: DbOrTx, c: Complaint, outcome: "upheld" | "dismissed", now: Date) {
  return tell(tx, c, outcome, {}, now);
}

export function notifyComplaintMaterialRequested(tx: DbOrTx, c: Complaint, dueAt: Date, note: string, now: Date) {
  return tell(tx, c, "material_requested", { dueAt: dueAt.toISOString(), note }, now);
}

export function notifyComplaintMaterialReminder(tx: DbOrTx, c: Complaint, dueAt: Date, now: Date) {
  return tell(tx, c, "material_reminder", { dueAt: dueAt.toISOString() }, now, `complaint:${c.id}:material_reminder`);
}

export function notifyComplaintClosed(tx: DbOrTx, c: Complaint, now: Date) {
  return tell(tx, c, "closed", {}, now);
}
