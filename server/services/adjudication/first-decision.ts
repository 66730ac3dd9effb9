import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditEvents, users } from "@/db/schema";

/**
 * WO-TM-4: second-level review (二审) is decided by a senior reviewer who did not make the first
 * decision. "First decision" = any earlier admin decision on that work order recorded in its
 * audit (SHOP-4): evidence marked invalid (WO-3), forged evidence recorded (WO-TM-7), or a
 * decision/judgment of it. Internal notes and reading the case are not decisions. Whoever made
 * one of these findings has already judged part of the case and may not review it again.
 */
export const firstDecisionActions = [
  "work_order.evidence_invalidated",
  "work_order.forged_evidence_recorded",
  "work_order.decided",
] as const;

export interface FirstDecider {
  userId: string;
  name: string;
  action: (typeof firstDecisionActions)[number];
  at: Date;
}

/** The admins who made a first decision on the work order, earliest first, one row per admin. */
export async function firstDecidersOf(db: DbOrTx, workOrderId: string): Promise<FirstDecider[]> {
  const rows = await db
    .select({ userId: auditEvents.actorId, name: users.name, action: auditEvents.action, at: auditEvents.at })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.recordType, "work_order"),
        eq(auditEvents.recordId, workOrderId),
        eq(auditEvents.actorRole, "admin"),
        isNotNull(auditEvents.actorId),
        inArray(auditEvents.action, [...firstDecisionActions]),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.seq));
  const seen = new Map<string, FirstDecider>();
  for (const r of rows) {
    if (!r.userId || seen.has(r.userId)) continue;
    seen.set(r.userId, {
      userId: r.userId,
      name: r.name ?? r.userId,
      action: r.action as FirstDecider["action"],
      at: r.at,
    });
  }
  return [...seen.values()];
}
