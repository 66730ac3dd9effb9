import { evidenceItems } from "@/db/schema";
import { dueAfter, isPastDue } from "@/server/domain/deadlines";
import { DomainError } from "@/server/domain/errors";
import { disputeMachine } from "@/server/domain/machines/dispute";
import { disputePolicy } from "@/server/domain/policies/registry";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";
import { loadDispute, pastDeadline, transitionDispute } from "./dispute-access";
import { applySettlementRequirements } from "./settlement-requirements";
import { validateEvidence } from "./validate-evidence";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { actingOf } from "../acting";
import type { ChoosePlanInput } from "./choose-dispute-plan-input";

const unknownOption = (what: "plan" | "reason", value: string) =>
  new DomainError("BAD_REQUEST", what === "plan" ? "UNKNOWN_PLAN" : "UNKNOWN_REASON", {
    "zh-CN": what === "plan" ? `该纠纷场景没有和解方案「${value}」` : `该纠纷场景没有举证理由「${value}」`,
    en:
      what === "plan"
        ? `This dispute has no settlement plan "${value}"`
        : `This dispute has no evidence reason "${value}"`,
  });

/**
 * DSP-1/2/3: the responsible party answers once, within the answer window, under the policy
 * version the dispute was opened with (ROL-1). A settlement (its requirements met and, for
 * "invoice issued", the invoice issued) waits 72h for the consumer (DSP-2); the no-fault plan
 * stores its evidence and sends the dispute to platform judgment (DSP-3).
 */
export async function chooseDisputePlan(ctx: ServiceContext, input: ChoosePlanInput) {
  const { db, now } = ctx;
  // Merchants answer their shop's merchant-responsible disputes; admins the platform's (SHOP-1).
  const as = ctx.tenant.kind === "admin" ? ctx.tenant : tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const dispute = await loadDispute(tx, as, input.disputeId, { forUpdate: true });
    if (as.kind === "admin" && dispute.responsibleParty !== "platform") {
      throw new DomainError("FORBIDDEN", "MERCHANT_RESPONSIBLE", {
        "zh-CN": "该纠纷由商家处理,平台不能代为选择方案",
        en: "The merchant answers this dispute, not the platform",
      });
    }
    disputeMachine.next(dispute.status, input.kind === "settlement" ? "choose_settlement" : "choose_no_fault");
    if (dispute.dueAt && isPastDue(dispute.dueAt, now))
      throw pastDeadline(
        "已超过处理时限,纠纷已转平台判责",
        "The answer deadline has passed; the dispute goes to platform judgment",
      );
    const policy = disputePolicy(dispute.policyId, dispute.policyVersion);
    const answered = { answeredAt: now, answeredBy: by.userId };

    if (input.kind === "settlement") {
      const plan = policy.settlementPlans.find((p) => p.key === input.plan);
      if (!plan) throw unknownOption("plan", input.plan);
      const payload = await applySettlementRequirements(tx, { dispute, plan, fields: input, by, now });
      const { row, from, to } = await transitionDispute(tx, dispute, "choose_settlement", {
        ...answered,
        planKind: "settlement",
        planKey: plan.key,
        planPayload: payload,
        dueAt: dueAfter(now, policy.confirmWindowMs),
      });
      await emitAudit(tx, {
        shopId: row.shopId,
        recordType: "dispute",
        recordId: row.id,
        by,
        action: "dispute.settlement_chosen",
        from,
        to,
        payload: { plan: plan.key, ...payload },
        at: now,
      });
      // NTF-2: the consumer is asked to confirm (or reject) the settlement.
      await notify(tx, {
        to: { consumerId: row.consumerId },
        kind: "dispute.awaiting_confirmation",
        params: { plan: plan.key },
        record: { type: "dispute", id: row.id },
        now,
      });
      return { id: row.id, status: row.status, dueAt: row.dueAt };
    }

    const reason = policy.noFault?.reasons.find((r) => r.key === input.reason);
    if (!reason) throw unknownOption("reason", input.reason);
    const placements = await validateEvidence(tx, { reason, evidence: input.evidence, uploaderId: by.userId });
    const { row, from, to } = await transitionDispute(tx, dispute, "choose_no_fault", {
      ...answered,
      planKind: "no_fault",
      planKey: "no_fault",
      planPayload: { statement: input.statement },
      evidenceReason: reason.key,
      judgingSince: now,
      dueAt: null,
    });
    if (placements.length > 0) {
      // The platform's own evidence (SHOP-1) is not the shop's to read: no shop on its items.
      const evidenceShopId = row.responsibleParty === "platform" ? null : row.shopId;
      await tx.insert(evidenceItems).values(
        placements.map((p) => ({
          shopId: evidenceShopId,
          recordType: "dispute" as const,
          recordId: row.id,
          slot: p.slot,
          fileId: p.fileId,
          submitted: true,
          addedBy: by.userId ?? "system",
          createdAt: now,
          position: p.position,
        })),
      );
    }
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "dispute",
      recordId: row.id,
      by,
      action: "dispute.no_fault_chosen",
      from,
      to,
      payload: { evidenceReason: reason.key, note: input.statement, files: placements.length },
      at: now,
    });
    return { id: row.id, status: row.status, dueAt: row.dueAt };
  });
}
