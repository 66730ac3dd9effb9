import type { Tx } from "@/db/client";
import { systemText } from "@/server/domain/system-text";
import { violationRulePolicy } from "@/server/domain/policies/registry";
import type { WorkOrderRow } from "../work-orders/transition";
import { SYSTEM } from "../acting";
import { raiseViolation } from "./raise-violation";

/**
 * VIO-1 "missed deadlines": called where a work order expires (INV-7 / WO-2, in the expiry's
 * transaction) — raises the one ticket its type's policy asks for, as the system. Nothing for
 * work orders routed to the platform (FBP, SHOP-1) or types without a timeout violation.
 * Once per (work order, rule): a retried sweep raises nothing twice. Returns the ticket id or null.
 */
export async function raiseTimeoutViolation(
  tx: Tx,
  row: Pick<WorkOrderRow, "id" | "shopId" | "type" | "routedTo"> &
    Partial<Pick<WorkOrderRow, "violationRulePolicyVersion">>,
  now: Date,
): Promise<string | null> {
  // ROL-1: the violation rules the work order pinned when it was opened.
  const rules = violationRulePolicy(row.violationRulePolicyVersion ?? 1);
  const spec = rules.workOrderTimeouts[row.type];
  if (!spec || row.routedTo !== "merchant") return null;
  const reason = systemText("violationRule", { reason: spec.reason });
  return raiseViolation(tx, {
    shopId: row.shopId,
    sourceType: "work_order",
    sourceId: row.id,
    rule: spec.rule,
    points: spec.points,
    reason,
    appealWindowMs: rules.appealWindowMs,
    by: SYSTEM,
    now,
  });
}
