import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { AuditedRecordType } from "@/server/domain/audit";

export interface TimelineEntry {
  id: string;
  recordType: AuditedRecordType;
  recordId: string;
  action: string;
  actorRole: "consumer" | "merchant" | "admin" | "system";
  actorName: string | null;
  fromState: string | null;
  toState: string | null;
  payload: Record<string, unknown>;
  internal: boolean;
  at: Date;
}

/**
 * SHOP-4: the timeline of records the caller is already allowed to see (the caller loads the
 * record through its tenant first). Internal admin notes show to admins only.
 */
export async function getTimeline(args: {
  db: DbOrTx;
  records: { type: AuditedRecordType; id: string }[];
  viewer: "admin" | "party";
}): Promise<TimelineEntry[]> {
  const { db, records, viewer } = args;
  if (records.length === 0) return [];
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        inArray(
          auditEvents.recordId,
          records.map((r) => r.id),
        ),
        viewer === "admin" ? undefined : eq(auditEvents.internal, false),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.seq));
  const wanted = new Set(records.map((r) => `${r.type}:${r.id}`));
  return rows
    .filter((r) => wanted.has(`${r.recordType}:${r.recordId}`))
    .map((r) => ({
      id: r.id,
      recordType: r.recordType,
      recordId: r.recordId,
      action: r.action,
      actorRole: r.actorRole,
      actorName: typeof r.payload.actorName === "string" ? r.payload.actorName : null,
      fromState: r.fromState,
      toState: r.toState,
      payload: r.payload,
      internal: r.internal,
      at: r.at,
    }));
}
