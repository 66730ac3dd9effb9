import { violationRulePolicy } from "@/server/domain/policies/registry";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { disputes, orders, refunds, users } from "@/db/schema";
import { systemText } from "@/server/domain/system-text";
import { DomainError } from "@/server/domain/errors";
import { disputeMachine } from "@/server/domain/machines/dispute";
import { judgmentConsequences } from "@/server/domain/policies/judgment-consequences";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";
import { recordRefund } from "../ledger/record-refund";
import { raiseViolation } from "../violations/raise-violation";
import { assertCitedRules } from "../adjudication/cited-rules";
import { createInvoiceObligation } from "../invoice-obligations/create-obligation";
import { applyCancelJudgment } from "./cancel-plan-effects";
import { assertJudgmentFits } from "./judgment-checks";
import { loadDispute, transitionDispute, type DisputeRow } from "./dispute-access";
import { formatFenPlain } from "./money";
import type { ServiceContext } from "../service-context";
import { actingOf } from "../acting";
import type { JudgeDisputeInput } from "./judge-dispute-input";

/** Someone judged first: say who, so the second adjudicator knows where to look. */
async function alreadyJudged(tx: Tx, disputeId: string): Promise<DomainError> {
  const [row] = await tx
    .select({ judgedBy: disputes.judgedBy, name: users.name })
    .from(disputes)
    .leftJoin(users, eq(users.id, disputes.judgedBy))
    .where(eq(disputes.id, disputeId));
  const name = row?.name ?? row?.judgedBy ?? "—";
  return new DomainError(
    "CONFLICT",
    "ALREADY_JUDGED",
    {
      "zh-CN": `该纠纷单已由 ${name} 判责,判责结果为最终结果`,
      en: `${name} already judged this dispute; judgments are final`,
    },
    { judgedBy: row?.judgedBy },
  );
}

/** What is still refundable on the order (refunds of the goods never exceed what was paid). */
async function refundableFen(tx: Tx, orderId: string): Promise<number> {
  const [order] = await tx.select({ amountFen: orders.amountFen }).from(orders).where(eq(orders.id, orderId));
  const [paid] = await tx
    .select({ total: sql<number>`coalesce(sum(${refunds.amountFen}), 0)`.mapWith(Number) })
    .from(refunds)
    .where(sql`${refunds.orderId} = ${orderId} and ${refunds.kind} <> 'compensation'`);
  return (order?.amountFen ?? 0) - (paid?.total ?? 0);
}

/**
 * DSP-5: the platform's judgment — liable party, remedy, reasons and the rule IDs they cite —
 * final for the dispute.
 * Compare-and-set from platform_judging, so of two adjudicators only one judges; the other
 * learns who did. The refund/compensation and the merchant's violation ticket are written in
 * the same transaction through the once-only ledgers.
 */
export async function judgeDispute(ctx: ServiceContext, input: JudgeDisputeInput) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    // Locked: a second adjudicator waits here and then sees the judgment (never a stale amount check).
    const dispute: DisputeRow = await loadDispute(tx, { kind: "admin" }, input.disputeId, { forUpdate: true });
    if (dispute.status === "judged") throw await alreadyJudged(tx, dispute.id);
    disputeMachine.next(dispute.status, "judge");
    const rules = assertCitedRules({ kind: "dispute", scenario: dispute.scenario }, input.rules);
    await assertJudgmentFits(tx, {
      dispute,
      liableParty: input.liableParty,
      issueInvoiceBy: input.issueInvoiceBy,
      now,
    });
    const amountFen = input.remedy === "none" ? null : (input.amountFen ?? 0);
    const effects = judgmentConsequences({
      scenario: dispute.scenario,
      liableParty: input.liableParty,
      remedy: input.remedy,
      amountFen,
    });
    if (effects.refund?.kind === "dispute_refund") {
      const left = await refundableFen(tx, dispute.orderId);
      if (effects.refund.amountFen > left) {
        throw new DomainError("BAD_REQUEST", "REFUND_ABOVE_ORDER", {
          "zh-CN": `退款金额不能超过订单可退金额 ${formatFenPlain(left)}`,
          en: `The refund cannot exceed what is still refundable on the order (${formatFenPlain(left)})`,
        });
      }
    }

    const judged = await transitionDispute(tx, dispute, "judge", {
      liableParty: input.liableParty,
      remedy: input.remedy,
      remedyAmountFen: amountFen,
      judgmentReason: input.reason,
      judgmentRules: rules,
      judgedBy: by.userId,
      judgedAt: now,
      closedAt: now,
      dueAt: null,
    }).catch(async (error: unknown) => {
      if (error instanceof DomainError && error.code === "STALE_STATE") throw await alreadyJudged(tx, dispute.id);
      throw error;
    });
    const { row, from, to } = judged;
    const audit = { shopId: row.shopId, recordType: "dispute" as const, recordId: row.id, by, at: now };
    await emitAudit(tx, {
      ...audit,
      action: "dispute.judged",
      from,
      to,
      payload: { liableParty: row.liableParty, remedy: row.remedy, amountFen, rules, note: input.reason },
    });
    // NTF-2: both parties learn the judgment (the shop only for disputes it may see, SHOP-1).
    const judgedNote = {
      kind: "dispute.judged",
      params: { liableParty: input.liableParty, remedy: input.remedy },
      record: { type: "dispute" as const, id: row.id },
      now,
    };
    await notify(tx, { ...judgedNote, to: { consumerId: row.consumerId } });
    if (row.responsibleParty === "merchant") await notify(tx, { ...judgedNote, to: { shopId: row.shopId } });
    if (input.internalNote)
      await emitAudit(tx, {
        ...audit,
        action: "dispute.internal_note",
        payload: { note: input.internalNote },
        internal: true,
      });

    if (effects.refund) {
      const refund = await recordRefund(tx, {
        shopId: row.shopId,
        orderId: row.orderId,
        sourceType: "dispute",
        sourceId: row.id,
        kind: effects.refund.kind,
        cause: "judgment",
        amountFen: effects.refund.amountFen,
        reason: input.reason,
        now,
      });
      if (refund.created)
        await emitAudit(tx, {
          ...audit,
          action: "dispute.refund_made",
          payload: { kind: effects.refund.kind, amountFen: refund.amountFen },
        });
    }
    // DSP-CXL-4/5: a judgment refund settles a cancel order still running on the order, without paying twice.
    await applyCancelJudgment(tx, { dispute: row, refunded: effects.refund?.kind === "dispute_refund", by, now });
    // DSP-INV-3: the invoice ordered issued by a date, watched by the sweeper.
    const day = input.issueInvoiceBy;
    const obligation = day
      ? await createInvoiceObligation(tx, { dispute: row, source: "judgment", day, by, now })
      : null;
    if (effects.violation) {
      await raiseViolation(tx, {
        shopId: row.shopId,
        sourceType: "dispute",
        sourceId: row.id,
        rule: effects.violation.rule,
        points: effects.violation.points,
        reason: systemText("violationRule", { reason: effects.violation.reason }),
        appealWindowMs: violationRulePolicy(row.violationRulePolicyVersion).appealWindowMs,
        by,
        now,
      });
    }
    const issueBy = obligation ? { day: obligation.dueDay, dueAt: obligation.dueAt } : null;
    return {
      id: row.id,
      status: row.status,
      liableParty: row.liableParty,
      remedy: row.remedy,
      amountFen,
      rules,
      issueInvoiceBy: issueBy,
    };
  });
}
