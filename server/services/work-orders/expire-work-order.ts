import { isPastDue } from "@/server/domain/deadlines";
import { SYSTEM } from "../acting";
import { applyTimeoutConsequence } from "../intervention/apply-timeout-consequence";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";
import { loadWorkOrder } from "./scope";
import { raiseTimeoutViolation } from "../violations/raise-timeout-violation";
import { transitionWorkOrder } from "./transition";
import type { ServiceContext } from "../service-context";

/**
 * INV-7 / WO-2: a work order nobody answered by its deadline expires (默认放弃处理). Run by the
 * deadline sweeper as the system. Idempotent: a work order that is no longer open, or not yet
 * due, is left alone and `false` is returned; only the compare-and-set winner writes the
 * status and the one `work_order.expired` event.
 */
export async function expireWorkOrder(ctx: ServiceContext, input: { workOrderId: string }): Promise<boolean> {
  const { db, now } = ctx;
  const { workOrderId } = input;
  return db.transaction(async (tx) => {
    const row = await loadWorkOrder(tx, workOrderId, undefined);
    if (row.status !== "open" || !row.dueAt || !isPastDue(row.dueAt, now)) return false;
    // WO-2: platform-intervention types apply their policy's timeout consequence (refund,
    // compensation, delisting — or platform judgment for collaborative work orders).
    if (row.type !== "urge_invoice") return applyTimeoutConsequence(tx, row, now);
    // The urge-invoice policy's consequence is the expiry itself: it is the record a later
    // dispute is judged on (DSP-INV-2). Types with heavier consequences add them here.
    const { from, to } = await transitionWorkOrder(tx, row, "expire", { closedAt: now, replyOnTime: false });
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "work_order",
      recordId: row.id,
      by: SYSTEM,
      action: "work_order.expired",
      from,
      to,
      payload: { dueAt: row.dueAt.toISOString(), policyId: row.policyId, policyVersion: row.policyVersion },
      at: now,
    });
    await notify(tx, {
      to: { consumerId: row.consumerId },
      kind: "work_order.decided",
      params: { outcome: "expired" },
      record: { type: "work_order", id: row.id },
      now,
    });
    // VIO-1: a missed deadline raises the ticket the policy names (none for FBP work orders).
    await raiseTimeoutViolation(tx, row, now);
    return true;
  });
}
