import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { evidenceItems, orders, refunds, users, workOrders } from "@/db/schema";
import type { AdminLevel } from "@/server/domain/shop";
import { DomainError, staleState } from "@/server/domain/errors";
import { workOrderMachine } from "@/server/domain/machines/work-order";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import type { WorkOrderPolicy } from "@/server/domain/policies/types";
import { assertCitedRules } from "../adjudication/cited-rules";
import { firstDecidersOf } from "../adjudication/first-decision";
import { type Acting, actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { recordRefund } from "../ledger/record-refund";
import { notify } from "../notifications/notify";
import { transitionWorkOrder, type WorkOrderRow } from "../work-orders/transition";
import { isInterventionType, loadInterventionWorkOrder, orderNoOf } from "./intervention-work-order";
import { adminOf, type ServiceContext } from "../service-context";
import type { DecideWorkOrderInput } from "./decide-work-order-input";

const bad = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

/** WO-PDD-1: evidence missing or marked invalid at judgment time counts as missing. */
async function evidenceComplete(tx: Tx, row: WorkOrderRow, policy: WorkOrderPolicy): Promise<boolean> {
  const path = policy.paths?.[0];
  if (!path) return true;
  const valid = await tx
    .select({ slot: evidenceItems.slot, n: sql<number>`count(*)`.mapWith(Number) })
    .from(evidenceItems)
    .where(
      and(
        eq(evidenceItems.recordType, "work_order"),
        eq(evidenceItems.recordId, row.id),
        eq(evidenceItems.submitted, true),
        isNull(evidenceItems.invalidReason),
      ),
    )
    .groupBy(evidenceItems.slot);
  return path.slots.every((slot) => (valid.find((v) => v.slot === slot.key)?.n ?? 0) >= slot.min);
}

/** Someone decided first: say who, so the second admin knows where to look. */
async function alreadyDecided(tx: Tx, workOrderId: string): Promise<DomainError> {
  const [row] = await tx
    .select({ decidedBy: workOrders.decidedBy, name: users.name })
    .from(workOrders)
    .leftJoin(users, eq(users.id, workOrders.decidedBy))
    .where(eq(workOrders.id, workOrderId));
  const name = row?.name ?? row?.decidedBy ?? "—";
  return new DomainError(
    "CONFLICT",
    "ALREADY_DECIDED",
    { "zh-CN": `该工单已由 ${name} 作出处理决定`, en: `${name} already decided this work order` },
    { decidedBy: row?.decidedBy },
  );
}

/** WO-TM-4: a senior reviewer, and not one who made the first decision on this work order. */
async function assertMayReview(tx: Tx, row: WorkOrderRow, adminLevel: AdminLevel, by: Acting): Promise<void> {
  if (adminLevel !== "senior_reviewer") {
    throw new DomainError("FORBIDDEN", "SENIOR_REVIEWER_ONLY", {
      "zh-CN": "二审仅限高级审核员处理",
      en: "Only senior reviewers handle second-level review",
    });
  }
  const mine = (await firstDecidersOf(tx, row.id)).find((d) => d.userId === by.userId);
  if (mine) {
    throw new DomainError(
      "FORBIDDEN",
      "REVIEWER_MADE_FIRST_DECISION",
      {
        "zh-CN": "您已对本工单作出过一审认定(标记凭证无效、认定伪造凭证或处理决定),二审须由另一位高级审核员处理",
        en: "You made a first decision on this work order (evidence marked invalid, forgery recorded or a decision); another senior reviewer must do the second-level review",
      },
      { action: mine.action },
    );
  }
}

async function refundableFen(tx: Tx, orderId: string): Promise<number> {
  const [order] = await tx.select({ amountFen: orders.amountFen }).from(orders).where(eq(orders.id, orderId));
  const [paid] = await tx
    .select({ total: sql<number>`coalesce(sum(${refunds.amountFen}), 0)`.mapWith(Number) })
    .from(refunds)
    .where(sql`${refunds.orderId} = ${orderId} and ${refunds.kind} <> 'compensation'`);
  return (order?.amountFen ?? 0) - (paid?.total ?? 0);
}

/**
 * WO-TM-4/5, WO-PDD-1/2, DSP-5: the platform decides a work order in second-level review (senior
 * reviewers who made no first decision on it) or in judgment: liable party, refund and
 * compensation, reasons and the rule IDs they cite, stored on the work order (decided_by/at).
 * Compare-and-set from the status seen, so the decision and its money happen exactly once
 * (ledger keys on (work order, kind)); a second admin learns who decided. For not-received,
 * missing or invalid evidence means the merchant is liable and the consumer gets the full refund
 * whatever amount was typed. Both the consumer and the shop are notified (NTF-2).
 * No violation ticket: the work-order policies name none for a decision (only WO-TM-7 forgery,
 * recorded separately, and the timeouts' consequences).
 */
export async function decideWorkOrder(ctx: ServiceContext, input: DecideWorkOrderInput) {
  const { db, now } = ctx;
  const { level: adminLevel } = adminOf(ctx);
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    // Locked: a second admin waits here and then sees the decision (never a stale refund check).
    const row = await loadInterventionWorkOrder(tx, { kind: "admin" }, input.workOrderId, { forUpdate: true });
    if (row.decidedBy) throw await alreadyDecided(tx, row.id);
    workOrderMachine.next(row.status, "decide");
    if (row.status === "reviewing") await assertMayReview(tx, row, adminLevel, by);
    if (!isInterventionType(row.type)) throw staleState();
    const rules = assertCitedRules({ kind: "work_order", type: row.type }, input.rules);
    const policy = workOrderPolicy(row.policyId, row.policyVersion);
    const paying = input.liableParty === "merchant" || input.liableParty === "platform";
    let refundFen = input.refundFen ?? 0;
    const compensation = input.compensationFen ?? 0;
    const left = await refundableFen(tx, row.orderId);
    if (row.type === "not_received" && !(await evidenceComplete(tx, row, policy))) {
      if (input.liableParty !== "merchant")
        throw bad(
          "EVIDENCE_MISSING",
          "商家凭证缺失或无效,应判商家责任并全额退款",
          "The merchant's evidence is missing or invalid: hold the merchant liable with a full refund",
        );
      refundFen = left;
    }
    if ((refundFen > 0 || compensation > 0) && !paying)
      throw bad(
        "REMEDY_WITHOUT_LIABILITY",
        "仅当判定商家或平台有责时,才能判决退款或赔付",
        "A refund or compensation needs the merchant or the platform to be held liable",
      );
    if (refundFen > left)
      throw bad(
        "REFUND_ABOVE_ORDER",
        `退款金额不能超过订单可退金额 ${(left / 100).toFixed(2)} 元`,
        `The refund cannot exceed what is still refundable (¥${(left / 100).toFixed(2)})`,
      );

    const {
      row: decided,
      from,
      to,
    } = await transitionWorkOrder(tx, row, "decide", {
      closedAt: now,
      liableParty: input.liableParty,
      decidedBy: by.userId,
      decidedAt: now,
      decisionReason: input.reason,
      decisionRules: rules,
    }).catch(async (error: unknown) => {
      if (error instanceof DomainError && error.code === "STALE_STATE") throw await alreadyDecided(tx, row.id);
      throw error;
    });
    const audit = { shopId: row.shopId, recordType: "work_order" as const, recordId: row.id, by, at: now };
    await emitAudit(tx, {
      ...audit,
      action: "work_order.decided",
      from,
      to,
      payload: {
        liableParty: input.liableParty,
        refundFen,
        compensationFen: compensation,
        rules,
        note: input.reason,
        stage: from,
      },
    });
    if (input.internalNote)
      await emitAudit(tx, {
        ...audit,
        action: "work_order.internal_note",
        payload: { note: input.internalNote },
        internal: true,
      });

    const ledger = {
      shopId: row.shopId,
      orderId: row.orderId,
      sourceType: "work_order" as const,
      sourceId: row.id,
      cause: "work_order_decision" as const,
      reason: input.reason,
      now,
    };
    for (const [kind, amountFen] of [
      ["dispute_refund", refundFen],
      ["compensation", compensation],
    ] as const) {
      if (amountFen <= 0) continue;
      const made = await recordRefund(tx, { ...ledger, kind, amountFen });
      if (made.created)
        await emitAudit(tx, {
          ...audit,
          action: "work_order.refund_made",
          payload: { kind, amountFen: made.amountFen },
        });
    }
    // NTF-2: both parties learn the decision.
    const decidedNote = {
      kind: "work_order.decided",
      params: { type: row.type, orderNo: await orderNoOf(tx, row.orderId), liableParty: input.liableParty },
      record: { type: "work_order" as const, id: row.id },
      now,
    };
    await notify(tx, { ...decidedNote, to: { consumerId: row.consumerId } });
    await notify(tx, { ...decidedNote, to: { shopId: row.shopId } });
    return {
      id: decided.id,
      status: decided.status,
      liableParty: input.liableParty,
      refundFen,
      compensationFen: compensation,
      rules,
    };
  });
}
