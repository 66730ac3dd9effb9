import { and, eq } from "drizzle-orm";
import { violations } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import { SYSTEM } from "../acting";
import { emitAudit } from "../audit/emit";
import { transitionViolation } from "./violation-access";
import type { ServiceContext } from "../service-context";

/**
 * VIO-2: a ticket left alone for 7 days is taken as accepted and takes effect by itself. Run by
 * the deadline sweeper as the system. It takes effect at its due instant (effective_at = due_at,
 * see policies/violation-rules.ts), decided_by "system", decided_at = when it was applied.
 * Idempotent: a ticket confirmed, appealed or already in effect, or not yet due, is left alone
 * and `false` is returned; only the compare-and-set winner writes the one audit event.
 */
export async function takeEffect(ctx: ServiceContext, input: { violationId: string }): Promise<boolean> {
  const { db, now } = ctx;
  const { violationId } = input;
  return db.transaction(async (tx) => {
    const [ticket] = await tx
      .select()
      .from(violations)
      .where(and(eq(violations.id, violationId), eq(violations.status, "pending")))
      .for("update");
    if (!ticket || !isPastDue(ticket.dueAt, now)) return false;
    const { row, from, to } = await transitionViolation(tx, ticket, "take_effect", {
      decidedAt: now,
      decidedBy: "system",
      effectiveAt: ticket.dueAt,
    });
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "violation",
      recordId: row.id,
      by: SYSTEM,
      action: "violation.took_effect",
      from,
      to,
      payload: { dueAt: ticket.dueAt.toISOString(), points: row.points },
      at: now,
    });
    return true;
  });
}
