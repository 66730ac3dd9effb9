import { z } from "zod";
import type { Db } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import { isPastDue } from "@/server/domain/deadlines";
import { disputeMachine } from "@/server/domain/machines/dispute";
import { acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { loadDispute, pastDeadline, transitionDispute } from "./internal";

export const respondToSettlementInput = z.discriminatedUnion("decision", [
  z.strictObject({ disputeId: z.string().max(64), decision: z.literal("confirm") }),
  z.strictObject({
    disputeId: z.string().max(64),
    decision: z.literal("reject"),
    reason: z
      .string()
      .trim()
      .min(5, { error: "请至少用 5 个字说明拒绝理由 / Give your reason in at least 5 characters" })
      .max(500, { error: "理由最多 500 字 / At most 500 characters" }),
  }),
]);
export type RespondToSettlementInput = z.infer<typeof respondToSettlementInput>;

/**
 * DSP-2: the consumer answers the settlement plan within the confirmation window (72h).
 * Confirm → settled (the dispute is over); reject with a reason → platform judgment. Once the
 * window is over, silence already counts as confirmation (auto-confirm), so answering is refused.
 */
export async function respondToSettlement(args: { db: Db; actor: Actor; consumerId: string; now: Date; input: RespondToSettlementInput }) {
  const { db, actor, consumerId, now, input } = args;
  const by = acting(actor, "consumer");
  return db.transaction(async (tx) => {
    const dispute = await loadDispute(tx, { kind: "consumer", consumerId }, input.disputeId, { forUpdate: true });
    disputeMachine.next(dispute.status, input.decision);
    if (dispute.dueAt && isPastDue(dispute.dueAt, now)) {
      throw pastDeadline("已超过确认时限,系统已视为您同意和解方案", "The confirmation window is over; the settlement counts as accepted");
    }

    if (input.decision === "confirm") {
      const { row, from, to } = await transitionDispute(tx, dispute, "confirm", {
        consumerResponse: "confirmed",
        consumerRespondedAt: now,
        dueAt: null,
        closedAt: now,
      });
      await emitAudit(tx, { shopId: row.shopId, recordType: "dispute", recordId: row.id, by, action: "dispute.confirmed", from, to, payload: { plan: row.planKey }, at: now });
      return { id: row.id, status: row.status };
    }

    const { row, from, to } = await transitionDispute(tx, dispute, "reject", {
      consumerResponse: "rejected",
      consumerRespondedAt: now,
      rejectionReason: input.reason,
      dueAt: null,
      judgingSince: now,
    });
    await emitAudit(tx, { shopId: row.shopId, recordType: "dispute", recordId: row.id, by, action: "dispute.rejected", from, to, payload: { plan: row.planKey, note: input.reason }, at: now });
    return { id: row.id, status: row.status };
  });
}
