import type { DisputeScenario } from "../dispute";
import { DomainError } from "../errors";
import type { WorkOrderType } from "../work-order";
import { orderCancelV1 } from "./cancel-dispute";
import { invoiceRefusedV1, invoiceUrgedV1 } from "./invoice-disputes";
import type { DisputePolicy, WorkOrderPolicy } from "./types";
import { urgeInvoiceV1 } from "./urge-invoice";
import { collaborativeV1 } from "./collaborative";
import { missingItemsV1 } from "./missing-items";
import { notReceivedV1 } from "./not-received";
import { afterSalesV1, type AfterSalesPolicy } from "./after-sales";
import { complaintsV1, type ComplaintPolicy } from "./complaints";
import { platformDeadlinePolicyVersion, platformDeadlinesV1, type PlatformDeadlinePolicy } from "./platform-deadlines";
import { publishedSnapshot, publishedVersion, rolloutOf } from "./published-store";
import { chooseVersion, versionInForce, type PolicyReason } from "./rollout";
import { violationRulesV1, type ViolationRulePolicy } from "./violation-rule-policy";

/**
 * ROL-1/ROL-2: the code-defined v1s are the baseline and never change; every later version is
 * published data (server/services/policies/*), held in the process's snapshot
 * (./published-store) and looked up here by id+version. A record keeps the version it was
 * opened under; `current*(…, shopId)` is the version that shop gets for a new item, as decided
 * by the policy's rollout (./rollout). Without a shop id it is the version outside any rollout.
 */
const workOrderPolicies: readonly WorkOrderPolicy[] = [urgeInvoiceV1, notReceivedV1, missingItemsV1, collaborativeV1];
const disputePolicies: readonly DisputePolicy[] = [invoiceRefusedV1, invoiceUrgedV1, orderCancelV1];
/** Exported for readers of every code-defined version's words (violation reasons). */
export const afterSalesPolicies: readonly AfterSalesPolicy[] = [afterSalesV1];

/** MAL-1/MAL-2: the code-defined complaint rules (complaints.policy_id/version). */
const complaintPolicies: readonly ComplaintPolicy[] = [complaintsV1];

function unknownPolicy(id: string, version: number): DomainError {
  return new DomainError("BAD_REQUEST", "UNKNOWN_POLICY", {
    "zh-CN": `规则版本不存在:${id} v${version}`,
    en: `Unknown policy ${id} v${version}`,
  });
}

/**
 * A code-defined version, else a published one. Published policies were checked against their
 * family's schema when published and again when the snapshot was loaded.
 */
function lookup<T extends { id: string; version: number }>(code: readonly T[], id: string, version: number): T {
  const policy = code.find((p) => p.id === id && p.version === version);
  if (policy) return policy;
  const published = publishedVersion(id, version);
  if (!published) throw unknownPolicy(id, version);
  return published.policy as T;
}

export interface PolicyChoice<T> {
  policy: T;
  reason: PolicyReason;
}

/** The version of `baseline`'s policy a new item at `shopId` gets, and why (ROL-2). */
function choose<T extends { id: string; version: number }>(
  baseline: T,
  byVersion: (version: number) => T,
  shopId: string | undefined,
): PolicyChoice<T> {
  const rollout = rolloutOf(baseline.id);
  if (shopId === undefined)
    return { policy: byVersion(versionInForce(rollout, baseline.version)), reason: { code: "baseline" } };
  const choice = chooseVersion(rollout, versionInForce(rollout, baseline.version), shopId);
  return { policy: byVersion(choice.version), reason: choice.reason };
}

function baselineOf<T extends { version: number }>(list: readonly T[], what: string): T {
  const policy = newest(list);
  if (!policy) throw unknownPolicy(what, 0);
  return policy;
}

export function workOrderPolicy(id: string, version: number): WorkOrderPolicy {
  return lookup(workOrderPolicies, id, version);
}

export function workOrderPolicyChoice(type: WorkOrderType, shopId?: string): PolicyChoice<WorkOrderPolicy> {
  const baseline = baselineOf(
    workOrderPolicies.filter((p) => p.type === type),
    type,
  );
  return choose(baseline, (v) => workOrderPolicy(baseline.id, v), shopId);
}

export function currentWorkOrderPolicy(type: WorkOrderType, shopId?: string): WorkOrderPolicy {
  return workOrderPolicyChoice(type, shopId).policy;
}

export function disputePolicy(id: string, version: number): DisputePolicy {
  return lookup(disputePolicies, id, version);
}

export function disputePolicyChoice(scenario: DisputeScenario, shopId?: string): PolicyChoice<DisputePolicy> {
  const baseline = baselineOf(
    disputePolicies.filter((p) => p.scenario === scenario),
    scenario,
  );
  return choose(baseline, (v) => disputePolicy(baseline.id, v), shopId);
}

export function currentDisputePolicy(scenario: DisputeScenario, shopId?: string): DisputePolicy {
  return disputePolicyChoice(scenario, shopId).policy;
}

/** AS-1..8: the after-sales rules a service order was applied under (service_orders.policy_id/version). */
export function afterSalesPolicy(id: string, version: number): AfterSalesPolicy {
  return lookup(afterSalesPolicies, id, version);
}

export function afterSalesPolicyChoice(shopId?: string): PolicyChoice<AfterSalesPolicy> {
  const baseline = baselineOf(afterSalesPolicies, "after_sales");
  return choose(baseline, (v) => afterSalesPolicy(baseline.id, v), shopId);
}

export function currentAfterSalesPolicy(shopId?: string): AfterSalesPolicy {
  return afterSalesPolicyChoice(shopId).policy;
}

/** MAL-1/MAL-2: the complaint rules a complaint was filed under. */
export function complaintPolicy(id: string, version: number): ComplaintPolicy {
  return lookup(complaintPolicies, id, version);
}

export function complaintPolicyChoice(shopId?: string): PolicyChoice<ComplaintPolicy> {
  const baseline = baselineOf(complaintPolicies, "complaints");
  return choose(baseline, (v) => complaintPolicy(baseline.id, v), shopId);
}

export function currentComplaintPolicy(shopId?: string): ComplaintPolicy {
  return complaintPolicyChoice(shopId).policy;
}

/** Every complaint-rule version, code-defined and published (sweeps that need the widest lead). */
export function everyComplaintPolicy(): ComplaintPolicy[] {
  const published = publishedSnapshot().versions.get(complaintsV1.id) ?? [];
  return [...complaintPolicies, ...published.map((v) => v.policy as ComplaintPolicy)];
}

/** VIO-1..3: the violation rules a record pinned (violation_rule_policy_version). */
export function violationRulePolicy(version: number): ViolationRulePolicy {
  return lookup([violationRulesV1], violationRulesV1.id, version);
}

export function currentViolationRulePolicy(shopId?: string): ViolationRulePolicy {
  return choose(violationRulesV1, violationRulePolicy, shopId).policy;
}

/** The platform's deadlines a new case at `shopId` pins (platform_deadline_policy_version). */
export function currentPlatformDeadlinePolicy(shopId?: string): PlatformDeadlinePolicy {
  return choose(platformDeadlinesV1, platformDeadlinePolicyVersion, shopId).policy;
}

/** ROL-1: what a new work order, dispute or service order records about the rules it runs under. */
export interface ItemPins {
  policyId: string;
  policyVersion: number;
  policyReason: PolicyReason;
  platformDeadlinePolicyVersion: number;
  violationRulePolicyVersion: number;
}

export function pinsFor(choice: PolicyChoice<{ id: string; version: number }>, shopId: string): ItemPins {
  return {
    policyId: choice.policy.id,
    policyVersion: choice.policy.version,
    policyReason: choice.reason,
    platformDeadlinePolicyVersion: currentPlatformDeadlinePolicy(shopId).version,
    violationRulePolicyVersion: currentViolationRulePolicy(shopId).version,
  };
}

function newest<T extends { version: number }>(list: readonly T[]): T | undefined {
  return list.reduce<T | undefined>((best, p) => (!best || p.version > best.version ? p : best), undefined);
}
