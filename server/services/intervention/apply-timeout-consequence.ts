import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { delistingRequests, orders } from "@/db/schema";
import { systemText } from "@/server/domain/system-text";
import { compensationFen } from "@/server/domain/policies/missing-items";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import { SYSTEM } from "../acting";
import { emitAudit } from "../audit/emit";
import { recordRefund } from "../ledger/record-refund";
import { notify } from "../notifications/notify";
import { raiseTimeoutViolation } from "../violations/raise-timeout-violation";
import { transitionWorkOrder, type WorkOrderRow } from "../work-orders/transition";

/**
 * WO-2: a platform-intervention work order nobody answered by its deadline (默认放弃处理).
 * Called by `expireWorkOrder` (the sweeper, as the system) once it has seen the row open and
 * due. The policy the work order was opened under (ROL-1) says what happens:
 * - judgment (collaborative, WO-TM-5): open → judging via `send_to_judgment`; no money moves,
 *   the platform decides;
 * - otherwise open → expired, then the effects through the once-only ledgers: full refund as a
 *   dispute refund (WO-PDD-1/2), compensation by the policy's rule and one delisting request
 *   (WO-PDD-2). The compare-and-set transition makes a second sweep a no-op.
 */
export async function applyTimeoutConsequence(tx: Tx, row: WorkOrderRow, now: Date): Promise<boolean> {
  const policy = workOrderPolicy(row.policyId, row.policyVersion);
  const effects = policy.timeoutEffects ?? { fullRefund: false, compensation: null, delisting: false, judgment: false };
  const audit = { shopId: row.shopId, recordType: "work_order" as const, recordId: row.id, by: SYSTEM, at: now };
  const dueAt = row.dueAt?.toISOString() ?? null;

  if (effects.judgment) {
    const { from, to } = await transitionWorkOrder(tx, row, "send_to_judgment", {
      replyOnTime: false,
      platformSince: now,
    });
    await emitAudit(tx, {
      ...audit,
      action: "work_order.sent_to_judgment",
      from,
      to,
      payload: { reason: "timeout", dueAt, policyId: row.policyId, policyVersion: row.policyVersion },
    });
    return true;
  }

  const { from, to } = await transitionWorkOrder(tx, row, "expire", { closedAt: now, replyOnTime: false });
  await emitAudit(tx, {
    ...audit,
    action: "work_order.expired",
    from,
    to,
    payload: { dueAt, policyId: row.policyId, policyVersion: row.policyVersion },
  });
  // VIO-1: the missed deadline itself raises the ticket the policy names (WO-2).
  await raiseTimeoutViolation(tx, row, now);

  const [order] = await tx
    .select({ amountFen: orders.amountFen, orderNo: orders.orderNo })
    .from(orders)
    .where(eq(orders.id, row.orderId));
  if (!order) throw new Error(`applyTimeoutConsequence: order ${row.orderId} not found`);
  const ledger = {
    shopId: row.shopId,
    orderId: row.orderId,
    sourceType: "work_order" as const,
    sourceId: row.id,
    cause: "timeout" as const,
    now,
  };
  const reason = systemText("workOrderTimeout", { policy: policy.name, consequence: policy.timeoutConsequence });

  if (effects.fullRefund) {
    const refund = await recordRefund(tx, { ...ledger, kind: "dispute_refund", amountFen: order.amountFen, reason });
    if (refund.created)
      await emitAudit(tx, {
        ...audit,
        action: "work_order.refund_made",
        payload: { kind: "dispute_refund", amountFen: refund.amountFen },
      });
  }
  if (effects.compensation) {
    const amountFen = compensationFen(effects.compensation, order.amountFen);
    const paid = await recordRefund(tx, { ...ledger, kind: "compensation", amountFen, reason });
    if (paid.created)
      await emitAudit(tx, {
        ...audit,
        action: "work_order.refund_made",
        payload: { kind: "compensation", amountFen: paid.amountFen },
      });
  }
  if (effects.delisting) {
    const [request] = await tx
      .insert(delistingRequests)
      .values({ shopId: row.shopId, workOrderId: row.id, reasonMessage: reason, status: "open", createdAt: now })
      .onConflictDoNothing()
      .returning({ id: delistingRequests.id });
    if (request)
      await emitAudit(tx, {
        ...audit,
        action: "work_order.delisting_requested",
        payload: { delistingRequestId: request.id },
      });
  }
  await notify(tx, {
    to: { consumerId: row.consumerId },
    kind: "work_order.decided",
    params: { type: row.type, orderNo: order.orderNo },
    record: { type: "work_order", id: row.id },
    now,
  });
  return true;
}
