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

/**
 * ROL-1: every version ever published stays here, so a record keeps the rules it was opened
 * under. New versions are appended; `current*` picks the newest for new records.
 */
const workOrderPolicies: readonly WorkOrderPolicy[] = [urgeInvoiceV1, notReceivedV1, missingItemsV1, collaborativeV1];
const disputePolicies: readonly DisputePolicy[] = [invoiceRefusedV1, invoiceUrgedV1, orderCancelV1];
/** Exported for readers of every version's words (violation reasons). */
export const afterSalesPolicies: readonly AfterSalesPolicy[] = [afterSalesV1];

/** MAL-1/MAL-2: every version of the complaint rules (complaints.policy_id/version). */
const complaintPolicies: readonly ComplaintPolicy[] = [complaintsV1];

function unknownPolicy(id: string, version: number): DomainError {
  return new DomainError("BAD_REQUEST", "UNKNOWN_POLICY", {
    "zh-CN": `规则版本不存在:${id} v${version}`,
    en: `Unknown policy ${id} v${version}`,
  });
}

export function workOrderPolicy(id: string, version: number): WorkOrderPolicy {
  const policy = workOrderPolicies.find((p) => p.id === id && p.version === version);
  if (!policy) throw unknownPolicy(id, version);
  return policy;
}

export function currentWorkOrderPolicy(type: WorkOrderType): WorkOrderPolicy {
  const policy = newest(workOrderPolicies.filter((p) => p.type === type));
  if (!policy) throw unknownPolicy(type, 0);
  return policy;
}

export function disputePolicy(id: string, version: number): DisputePolicy {
  const policy = disputePolicies.find((p) => p.id === id && p.version === version);
  if (!policy) throw unknownPolicy(id, version);
  return policy;
}

export function currentDisputePolicy(scenario: DisputeScenario): DisputePolicy {
  const policy = newest(disputePolicies.filter((p) => p.scenario === scenario));
  if (!policy) throw unknownPolicy(scenario, 0);
  return policy;
}

/** AS-1..8: the after-sales rules a service order was applied under (service_orders.policy_id/version). */
export function afterSalesPolicy(id: string, version: number): AfterSalesPolicy {
  const policy = afterSalesPolicies.find((p) => p.id === id && p.version === version);
  if (!policy) throw unknownPolicy(id, version);
  return policy;
}

export function currentAfterSalesPolicy(): AfterSalesPolicy {
  const policy = newest(afterSalesPolicies);
  if (!policy) throw unknownPolicy("after_sales", 0);
  return policy;
}

/** MAL-1/MAL-2: the complaint rules a complaint was filed under. */
export function complaintPolicy(id: string, version: number): ComplaintPolicy {
  const policy = complaintPolicies.find((p) => p.id === id && p.version === version);
  if (!policy) throw unknownPolicy(id, version);
  return policy;
}

export function currentComplaintPolicy(): ComplaintPolicy {
  const policy = newest(complaintPolicies);
  if (!policy) throw unknownPolicy("complaints", 0);
  return policy;
}

function newest<T extends { version: number }>(list: readonly T[]): T | undefined {
  return list.reduce<T | undefined>((best, p) => (!best || p.version > best.version ? p : best), undefined);
}
