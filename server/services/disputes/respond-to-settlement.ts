import { isPastDue } from "@/server/domain/deadlines";
import { disputeMachine } from "@/server/domain/machines/dispute";
import { emitAudit } from "../audit/emit";
import { loadDispute, pastDeadline, transitionDispute } from "./dispute-access";
import { afterSettled } from "./on-settled";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { actingOf } from "../acting";
import type { RespondToSettlementInput } from "./respond-to-settlement-input";

/**
 * DSP-2: the consumer answers the settlement plan within the confirmation window (72h).
 * Confirm → settled (the dispute is over); reject with a reason → platform judgment. Once the
 * window is over, silence already counts as confirmation (auto-confirm), so answering is refused.
 */
export async function respondToSettlement(ctx: ServiceContext, input: RespondToSettlementInput) {
  const { db, now } = ctx;
  const { consumerId } = tenantOfKind(ctx.tenant, "consumer");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const dispute = await loadDispute(tx, { kind: "consumer", consumerId }, input.disputeId, { forUpdate: true });
    disputeMachine.next(dispute.status, input.decision);
    if (dispute.dueAt && isPastDue(dispute.dueAt, now)) {
      throw pastDeadline(
        "已超过确认时限,系统已视为您同意和解方案",
        "The confirmation window is over; the settlement counts as accepted",
      );
    }

    if (input.decision === "confirm") {
      const { row, from, to } = await transitionDispute(tx, dispute, "confirm", {
        consumerResponse: "confirmed",
        consumerRespondedAt: now,
        dueAt: null,
        closedAt: now,
      });
      await emitAudit(tx, {
        shopId: row.shopId,
        recordType: "dispute",
        recordId: row.id,
        by,
        action: "dispute.confirmed",
        from,
        to,
        payload: { plan: row.planKey },
        at: now,
      });
      await afterSettled(tx, { dispute: row, by, now });
      return { id: row.id, status: row.status };
    }

    const { row, from, to } = await transitionDispute(tx, dispute, "reject", {
      consumerResponse: "rejected",
      consumerRespondedAt: now,
      rejectionReason: input.reason,
      dueAt: null,
      judgingSince: now,
    });
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "dispute",
      recordId: row.id,
      by,
      action: "dispute.rejected",
      from,
      to,
      payload: { plan: row.planKey, note: input.reason },
      at: now,
    });
    return { id: row.id, status: row.status };
  });
}
