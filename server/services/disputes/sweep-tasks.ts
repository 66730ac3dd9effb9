import { and, asc, eq, lte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { disputes } from "@/db/schema";
import type { DisputeStatus } from "@/server/domain/dispute";
import type { DeadlineTask } from "@/server/services/sweep/sweep";
import type { ReadyFilter } from "@/server/services/sweep/sweep-failures";
import { autoConfirmSettlement } from "./auto-confirm-settlement";
import { giveUpEvidence } from "./give-up-evidence";

/** Due disputes in one waiting status, oldest deadline first; concurrent sweepers skip each other's rows. */
function claimDue(status: DisputeStatus) {
  return async (tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> => {
    const rows = await tx
      .select({ id: disputes.id })
      .from(disputes)
      .where(and(eq(disputes.status, status), lte(disputes.dueAt, now), ready(disputes.id)))
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
    recordType: "dispute",
    claim: claimDue("awaiting_merchant"),
    apply: async (ctx, id) => {
      await giveUpEvidence(ctx, { disputeId: id });
    },
  },
  {
    // DSP-2: the consumer was silent 72h → the settlement counts as confirmed.
    name: "dispute.auto_confirm",
    recordType: "dispute",
    claim: claimDue("awaiting_consumer"),
    apply: async (ctx, id) => {
      await autoConfirmSettlement(ctx, { disputeId: id });
    },
  },
];
