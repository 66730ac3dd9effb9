import type { DbOrTx } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { AuditedRecordType } from "@/server/domain/audit";
import type { Acting } from "../acting";

export interface AuditEventInput {
  shopId: string | null;
  recordType: AuditedRecordType;
  recordId: string;
  by: Acting;
  action: string;
  from?: string | null;
  to?: string | null;
  payload?: Record<string, unknown>;
  /** Internal admin notes: hidden from merchants and consumers. */
  internal?: boolean;
  at: Date;
}

/** SHOP-4: append one audit event. Call inside the verb's transaction. */
export async function emitAudit(tx: DbOrTx, e: AuditEventInput): Promise<void> {
  await tx.insert(auditEvents).values({
    shopId: e.shopId,
    recordType: e.recordType,
    recordId: e.recordId,
    actorId: e.by.userId,
    actorRole: e.by.role,
    action: e.action,
    fromState: e.from ?? null,
    toState: e.to ?? null,
    payload: { ...e.payload, actorName: e.by.name },
    internal: e.internal ?? false,
    at: e.at,
  });
}
