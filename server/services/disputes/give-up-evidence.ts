import { and, eq } from "drizzle-orm";
import { disputes } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import { SYSTEM } from "../acting";
import { emitAudit } from "../audit/emit";
import { transitionDispute } from "./dispute-access";
import type { ServiceContext } from "../service-context";

/**
 * DSP-4 (放弃举证): a responsible party silent past its answer window is taken to have given
 * up its evidence; the dispute goes to platform judgment without it. Run by the sweeper as
 * the system. Idempotent: a dispute already answered, or not yet due, is left as it is.
 */
export async function giveUpEvidence(ctx: ServiceContext, input: { disputeId: string }): Promise<boolean> {
  const { db, now } = ctx;
  const { disputeId } = input;
  return db.transaction(async (tx) => {
    const [dispute] = await tx
      .select()
      .from(disputes)
      .where(and(eq(disputes.id, disputeId), eq(disputes.status, "awaiting_merchant")))
      .for("update");
    if (!dispute?.dueAt || !isPastDue(dispute.dueAt, now)) return false;

    const { row, from, to } = await transitionDispute(tx, dispute, "give_up_evidence", {
      evidenceGivenUp: true,
      judgingSince: now,
      dueAt: null,
    });
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "dispute",
      recordId: row.id,
      by: SYSTEM,
      action: "dispute.evidence_given_up",
      from,
      to,
      payload: { dueAt: dispute.dueAt.toISOString(), responsibleParty: row.responsibleParty },
      at: now,
    });
    return true;
  });
}
