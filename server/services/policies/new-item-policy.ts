import type { DbOrTx } from "@/db/client";
import type { DisputeScenario } from "@/server/domain/dispute";
import {
  afterSalesPolicyChoice,
  complaintPolicyChoice,
  disputePolicyChoice,
  pinsFor,
  workOrderPolicyChoice,
  type ItemPins,
} from "@/server/domain/policies/registry";
import type { WorkOrderType } from "@/server/domain/work-order";
import { refreshPolicyCache } from "./policy-cache";

/**
 * ROL-1/ROL-2 at every creation site: the version the shop gets for a new item (decided once,
 * here) and what the item records — policy id+version, the reason, and the platform-deadline
 * and violation-rule versions it runs under. One epoch lookup; the snapshot reloads only when a
 * publish or rollout changed it.
 */
export async function newWorkOrderPolicy(db: DbOrTx, type: WorkOrderType, shopId: string) {
  await refreshPolicyCache(db);
  const choice = workOrderPolicyChoice(type, shopId);
  return { policy: choice.policy, pins: pinsFor(choice, shopId) };
}

export async function newDisputePolicy(db: DbOrTx, scenario: DisputeScenario, shopId: string) {
  await refreshPolicyCache(db);
  const choice = disputePolicyChoice(scenario, shopId);
  return { policy: choice.policy, pins: pinsFor(choice, shopId) };
}

export async function newServiceOrderPolicy(db: DbOrTx, shopId: string) {
  await refreshPolicyCache(db);
  const choice = afterSalesPolicyChoice(shopId);
  return { policy: choice.policy, pins: pinsFor(choice, shopId) };
}

/** Complaints record the policy and the reason only (they have no platform deadline of this kind). */
export async function newComplaintPolicy(db: DbOrTx, shopId: string) {
  await refreshPolicyCache(db);
  const choice = complaintPolicyChoice(shopId);
  const { policyId, policyVersion, policyReason }: ItemPins = pinsFor(choice, shopId);
  return { policy: choice.policy, pins: { policyId, policyVersion, policyReason } };
}
