import { and, asc, eq, lte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { disputes } from "@/db/schema";
import type { DisputeStatus } from "@/server/domain/dispute";
import type { DeadlineTask } from "@/server/jobs/sweep";
import { autoConfirmSettlement } from "./auto-confirm-settlement";
import { giveUpEvidence } from "./give-up-evidence";

/** Due disputes in one waiting status, oldest deadline first; concurrent sweepers skip each other's rows. */
function claimDue(status: DisputeStatus) {
  return async (tx: Tx, now: Date, limit: number): Promise<string[]> => {
    const rows = await tx
      .select({ id: disputes.id })
      .from(disputes)
      .where(and(eq(disputes.status, status), lte(disputes.dueAt, now)))
      .orderBy(asc(disputes.dueAt), asc(disputes.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    return rows.map((r) => r.id);
  };
}

export const disputeDeadlineTasks: readonly DeadlineTask[] = [
  {
    // DSP-4: the responsible party was silent 24h → evidence given up, to platform judgment.
    name: "dispute.give_up_evidence",
    claim: claimDue("awaiting_merchant"),
    apply: async (tx, id, now) => {
      await giveUpEvidence({ db: tx, disputeId: id, now });
    },
  },
  {
    // DSP-2: the consumer was silent 72h → the settlement counts as confirmed.
    name: "dispute.auto_confirm",
    claim: claimDue("awaiting_consumer"),
    apply: async (tx, id, now) => {
      await autoConfirmSettlement({ db: tx, disputeId: id, now });
    },
  },
];
