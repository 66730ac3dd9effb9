import { and, eq } from "drizzle-orm";
import { disputes } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import { SYSTEM } from "../acting";
import { emitAudit } from "../audit/emit";
import { transitionDispute } from "./dispute-access";
import { afterSettled } from "./on-settled";
import type { ServiceContext } from "../service-context";

/**
 * DSP-2: a consumer who does not answer a settlement plan within the confirmation window
 * (72h, a policy setting) is taken to confirm it; the dispute is settled. Run by the sweeper
 * as the system. Idempotent: an answered or not-yet-due dispute is left as it is.
 */
export async function autoConfirmSettlement(ctx: ServiceContext, input: { disputeId: string }): Promise<boolean> {
  const { db, now } = ctx;
  const { disputeId } = input;
  return db.transaction(async (tx) => {
    const [dispute] = await tx
      .select()
      .from(disputes)
      .where(and(eq(disputes.id, disputeId), eq(disputes.status, "awaiting_consumer")))
      .for("update");
    if (!dispute?.dueAt || !isPastDue(dispute.dueAt, now)) return false;

    const { row, from, to } = await transitionDispute(tx, dispute, "auto_confirm", {
      consumerResponse: "auto_confirmed",
      consumerRespondedAt: now,
      dueAt: null,
      closedAt: now,
    });
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "dispute",
      recordId: row.id,
      by: SYSTEM,
      action: "dispute.auto_confirmed",
      from,
      to,
      payload: { plan: row.planKey, dueAt: dispute.dueAt.toISOString() },
      at: now,
    });
    await afterSettled(tx, { dispute: row, by: SYSTEM, now });
    return true;
  });
}
