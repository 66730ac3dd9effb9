import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { evidenceItems, orders, refunds } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import type { AdminLevel } from "@/server/domain/shop";
import { liableParties } from "@/server/domain/dispute";
import { DomainError } from "@/server/domain/errors";
import { workOrderMachine } from "@/server/domain/machines/work-order";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import type { WorkOrderPolicy } from "@/server/domain/policies/types";
import { acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { recordRefund } from "../ledger/record-refund";
import { notify } from "../notifications/notify";
import { transitionWorkOrder, type WorkOrderRow } from "../work-orders/transition";
import { loadInterventionWorkOrder, orderNoOf } from "./internal";

const fen = z.number().int().min(0).max(100_000_000);
export const decideWorkOrderInput = z.strictObject({
  workOrderId: z.string().max(64),
  liableParty: z.enum(liableParties),
  /** Integer fen refunded to the consumer (a dispute refund); 0 or absent = none. */
  refundFen: fen.optional(),
  /** Integer fen paid on top of the order amount; 0 or absent = none. */
  compensationFen: fen.optional(),
  reason: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字写明判责理由 / Give the reasons in at least 5 characters" })
    .max(1000, { error: "判责理由最多 1000 字 / At most 1000 characters" }),
  /** Seen by admins only (SHOP-4). */
  internalNote: z.string().trim().max(1000).optional(),
});
export type DecideWorkOrderInput = z.infer<typeof decideWorkOrderInput>;

const bad = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

/** WO-PDD-1: evidence missing or marked invalid at judgment time counts as missing. */
async function evidenceComplete(tx: Tx, row: WorkOrderRow, policy: WorkOrderPolicy): Promise<boolean> {
  const path = policy.paths?.[0];
  if (!path) return true;
  const valid = await tx
    .select({ slot: evidenceItems.slot, n: sql<number>`count(*)`.mapWith(Number) })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.recordType, "work_order"), eq(evidenceItems.recordId, row.id), eq(evidenceItems.submitted, true), isNull(evidenceItems.invalidReason)))
    .groupBy(evidenceItems.slot);
  return path.slots.every((slot) => (valid.find((v) => v.slot === slot.key)?.n ?? 0) >= slot.min);
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
 * WO-TM-4/5, WO-PDD-1/2: the platform decides a work order in second-level review (senior
 * reviewers only) or in judgment: liable party, refund and compensation, reasons. Compare-and-set
 * from the status seen, so the decision and its money happen exactly once (ledger keys on
 * (work order, kind)). For not-received, missing or invalid evidence means the merchant is liable
 * and the consumer gets the full refund whatever amount was typed.
 */
export async function decideWorkOrder(args: { db: Db; actor: Actor; adminLevel: AdminLevel; now: Date; input: DecideWorkOrderInput }) {
  const { db, actor, adminLevel, now, input } = args;
  const by = acting(actor, "admin");
  return db.transaction(async (tx) => {
    const row = await loadInterventionWorkOrder(tx, { kind: "admin" }, input.workOrderId);
    workOrderMachine.next(row.status, "decide");
    if (row.status === "reviewing" && adminLevel !== "senior_reviewer") {
      throw new DomainError("FORBIDDEN", "SENIOR_REVIEWER_ONLY", { "zh-CN": "二审仅限高级审核员处理", en: "Only senior reviewers handle second-level review" });
    }
    const policy = workOrderPolicy(row.policyId, row.policyVersion);
    const paying = input.liableParty === "merchant" || input.liableParty === "platform";
    let refundFen = input.refundFen ?? 0;
    const compensation = input.compensationFen ?? 0;
    const left = await refundableFen(tx, row.orderId);
    if (row.type === "not_received" && !(await evidenceComplete(tx, row, policy))) {
      if (input.liableParty !== "merchant") throw bad("EVIDENCE_MISSING", "商家凭证缺失或无效,应判商家责任并全额退款", "The merchant's evidence is missing or invalid: hold the merchant liable with a full refund");
      refundFen = left;
    }
    if ((refundFen > 0 || compensation > 0) && !paying) throw bad("REMEDY_WITHOUT_LIABILITY", "仅当判定商家或平台有责时,才能判决退款或赔付", "A refund or compensation needs the merchant or the platform to be held liable");
    if (refundFen > left) throw bad("REFUND_ABOVE_ORDER", `退款金额不能超过订单可退金额 ${(left / 100).toFixed(2)} 元`, `The refund cannot exceed what is still refundable (¥${(left / 100).toFixed(2)})`);

    const { row: decided, from, to } = await transitionWorkOrder(tx, row, "decide", { closedAt: now });
    const audit = { shopId: row.shopId, recordType: "work_order" as const, recordId: row.id, by, at: now };
    await emitAudit(tx, { ...audit, action: "work_order.decided", from, to, payload: { liableParty: input.liableParty, refundFen, compensationFen: compensation, note: input.reason, stage: from } });
    if (input.internalNote) await emitAudit(tx, { ...audit, action: "work_order.internal_note", payload: { note: input.internalNote }, internal: true });

    const ledger = { shopId: row.shopId, orderId: row.orderId, sourceType: "work_order" as const, sourceId: row.id, reason: input.reason, now };
    for (const [kind, amountFen] of [["dispute_refund", refundFen], ["compensation", compensation]] as const) {
      if (amountFen <= 0) continue;
      const made = await recordRefund(tx, { ...ledger, kind, amountFen });
      if (made.created) await emitAudit(tx, { ...audit, action: "work_order.refund_made", payload: { kind, amountFen: made.amountFen } });
    }
    await notify(tx, { to: { consumerId: row.consumerId }, kind: "work_order.decided", params: { type: row.type, orderNo: await orderNoOf(tx, row.orderId) }, record: { type: "work_order", id: row.id }, now });
    return { id: decided.id, status: decided.status, liableParty: input.liableParty, refundFen, compensationFen: compensation };
  });
}
