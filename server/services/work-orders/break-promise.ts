import { violationRulePolicy } from "@/server/domain/policies/registry";
import { eq } from "drizzle-orm";
import { invoiceRequests } from "@/db/schema";
import { systemText } from "@/server/domain/system-text";
import { isPastDue } from "@/server/domain/deadlines";
import { brokenPromiseViolation } from "@/server/domain/policies/urge-invoice";
import { SYSTEM } from "../acting";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";
import { raiseViolation } from "../violations/raise-violation";
import { loadWorkOrder } from "./scope";
import { transitionWorkOrder } from "./transition";
import type { ServiceContext } from "../service-context";

/**
 * INV-6: an agreed invoicing date (已协商开票时间) passed. If the invoice was issued before it
 * the promise was kept (issuing normally settles it at once; this is the safety net).
 * Otherwise the promise is broken (承诺不履约) and one violation ticket is raised for the shop
 * (VIO-1), unique per (work order, rule) so a retried sweep raises nothing twice.
 * Idempotent: not promised, or not yet due → nothing happens and `false` is returned.
 */
export async function breakPromise(ctx: ServiceContext, input: { workOrderId: string }): Promise<boolean> {
  const { db, now } = ctx;
  const { workOrderId } = input;
  return db.transaction(async (tx) => {
    const row = await loadWorkOrder(tx, workOrderId, undefined);
    if (row.status !== "promised" || !row.dueAt || !isPastDue(row.dueAt, now)) return false;

    const [invoice] = row.invoiceRequestId
      ? await tx
          .select({
            status: invoiceRequests.status,
            invoiceNo: invoiceRequests.invoiceNo,
            issuedAt: invoiceRequests.issuedAt,
          })
          .from(invoiceRequests)
          .where(eq(invoiceRequests.id, row.invoiceRequestId))
      : [];

    // Kept only if the invoice was issued before the agreed date passed.
    if (invoice?.status === "issued" && invoice.issuedAt && !isPastDue(row.dueAt, invoice.issuedAt)) {
      const { from, to } = await transitionWorkOrder(tx, row, "keep_promise", { closedAt: now });
      await emitAudit(tx, {
        shopId: row.shopId,
        recordType: "work_order",
        recordId: row.id,
        by: SYSTEM,
        action: "work_order.promise_kept",
        from,
        to,
        payload: { invoiceNo: invoice.invoiceNo, onTime: true },
        at: now,
      });
      return true;
    }

    const { from, to } = await transitionWorkOrder(tx, row, "break_promise", { closedAt: now });
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "work_order",
      recordId: row.id,
      by: SYSTEM,
      action: "work_order.promise_broken",
      from,
      to,
      payload: { promisedAt: row.dueAt.toISOString() },
      at: now,
    });
    await notify(tx, {
      to: { consumerId: row.consumerId },
      kind: "work_order.decided",
      params: { outcome: "promise_broken" },
      record: { type: "work_order", id: row.id },
      now,
    });
    // The violation is the shop's when the shop made the promise. An FBP work order's promise
    // was the platform's own (SHOP-1): penalising the merchant for it would be wrong, so none.
    if (row.routedTo === "merchant") {
      await raiseViolation(tx, {
        shopId: row.shopId,
        sourceType: "work_order",
        sourceId: row.id,
        rule: brokenPromiseViolation.rule,
        points: brokenPromiseViolation.points,
        reason: systemText("violationRule", { reason: brokenPromiseViolation.reason }),
        appealWindowMs: violationRulePolicy(row.violationRulePolicyVersion).appealWindowMs,
        by: SYSTEM,
        now,
      });
    }
    return true;
  });
}
