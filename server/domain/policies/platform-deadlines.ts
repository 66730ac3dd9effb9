import { disputeScenarios, type DisputeScenario } from "../dispute";
import { DomainError } from "../errors";
import { DAY_MS, HOUR_MS } from "../time";
import { publishedVersion } from "./published-store";

/**
 * The platform's own deadline for a case waiting for it (DSP-5, WO-TM-4/5). SPEC gives
 * the merchant and the consumer their windows but is silent on how long the platform may take;
 * these are our service levels, as versioned data:
 *
 * - Disputes in platform judgment (DSP-2 rejected, DSP-3 evidence, DSP-4 silence, DSP-INV-2):
 *   48h to judge. Invoice disputes are paperwork the judge reads in minutes; 48h covers a weekend
 *   day. Cancel-order disputes (DSP-CXL-*): 24h — the goods may still be in transit and the
 *   consumer's money is held, so a late judgment costs more (a 48h interception, DSP-CXL-4,
 *   would already be over).
 * - Work orders waiting for judgment (WO-PDD-1/2, WO-TM-5): 48h, the same as the merchant's
 *   longest evidence window (WO-PDD-1).
 * - Second-level review (二审, WO-TM-4): 72h — a senior reviewer looks again at a case the
 *   merchant could not settle; it takes longer and fewer people may do it.
 * - After-sales service orders in platform intervention (AS-8): 48h, as a dispute in judgment —
 *   the consumer's goods or money are held meanwhile. A service order pins the version in force
 *   when it was applied for (service_orders.platform_deadline_policy_version).
 *
 * Measured from the moment the case reached the platform (disputes.judging_since,
 * work_orders.platform_since). Every work order, dispute and service order pins the version it was
 * opened under (platform_deadline_policy_version, ROL-1); later versions are published data.
 */
export interface PlatformDeadlinePolicy {
  id: string;
  version: number;
  /** Cases that reached the platform at or after this instant use this version. */
  effectiveFrom: Date;
  dispute: Record<DisputeScenario, number>;
  workOrder: Record<PlatformWorkOrderType, { judging: number; reviewing: number }>;
  serviceOrder: number;
}

/** The work-order types that can wait for the platform (platform intervention, WO-1). */
export const platformWorkOrderTypes = ["not_received", "missing_items", "collaborative"] as const;
export type PlatformWorkOrderType = (typeof platformWorkOrderTypes)[number];

/** A case waiting for the platform is a dispute, a work order or an after-sales service order (AS-8). */
export const caseKinds = ["dispute", "work_order", "service_order"] as const;
export type CaseKind = (typeof caseKinds)[number];

/** The case type of every after-sales service order in platform intervention (AS-8). */
export const afterSalesCaseType = "after_sales" as const;

/** What a case is about: a dispute scenario, a platform-intervention work-order type, or after-sales. */
export const caseTypes = [...disputeScenarios, ...platformWorkOrderTypes, afterSalesCaseType] as const;
export type CaseType = (typeof caseTypes)[number];

/** How long a case has waited for the platform (the queue's filter). */
export const waitingBuckets = ["under_24h", "24h_48h", "48h_72h", "over_72h"] as const;
export type WaitingBucket = (typeof waitingBuckets)[number];

/** Which stage of the platform a case is in: judgment (判责) or second-level review (二审). */
export const platformStages = ["judging", "reviewing"] as const;
export type PlatformStage = (typeof platformStages)[number];

export const platformDeadlinesV1: PlatformDeadlinePolicy = {
  id: "platform.deadlines",
  version: 1,
  effectiveFrom: new Date("2020-01-01T00:00:00.000Z"),
  dispute: { invoice_refused: 48 * HOUR_MS, invoice_urged: 48 * HOUR_MS, order_cancel: 24 * HOUR_MS },
  workOrder: {
    not_received: { judging: 48 * HOUR_MS, reviewing: 3 * DAY_MS },
    missing_items: { judging: 48 * HOUR_MS, reviewing: 3 * DAY_MS },
    collaborative: { judging: 48 * HOUR_MS, reviewing: 3 * DAY_MS },
  },
  serviceOrder: 48 * HOUR_MS,
};

/** Every version ever published, oldest first; new versions are appended. */
const versions: readonly PlatformDeadlinePolicy[] = [platformDeadlinesV1];

/** The version in force at `since` (the latest whose effectiveFrom is not after it). */
export function platformDeadlinePolicyAt(since: Date): PlatformDeadlinePolicy {
  const policy = versions.filter((v) => v.effectiveFrom.getTime() <= since.getTime()).at(-1) ?? versions[0];
  if (!policy)
    throw new DomainError("BAD_REQUEST", "UNKNOWN_POLICY", {
      "zh-CN": "平台时限规则不存在",
      en: "No platform deadline policy",
    });
  return policy;
}

/** The version a record pinned (ROL-1), e.g. service_orders.platform_deadline_policy_version. */
export function platformDeadlinePolicyVersion(version: number): PlatformDeadlinePolicy {
  const published = publishedVersion(platformDeadlinesV1.id, version);
  // Published versions are stored without `effectiveFrom` (they apply by rollout, not by date).
  const policy =
    versions.find((v) => v.version === version) ??
    (published
      ? { ...(published.policy as Omit<PlatformDeadlinePolicy, "effectiveFrom">), effectiveFrom: published.publishedAt }
      : undefined);
  if (!policy)
    throw new DomainError("BAD_REQUEST", "UNKNOWN_POLICY", {
      "zh-CN": `平台时限规则不存在:v${version}`,
      en: `No platform deadline policy v${version}`,
    });
  return policy;
}

export type PlatformCaseRef =
  | { kind: "dispute"; scenario: DisputeScenario }
  | { kind: "work_order"; type: PlatformWorkOrderType; stage: PlatformStage }
  | { kind: "service_order" };

/**
 * How long the platform has for a case of this kind: under the version the case pinned, or for
 * records read without one, the code version in force at `since`.
 */
export function platformWindowMs(ref: PlatformCaseRef, since: Date, pinnedVersion?: number): number {
  const policy =
    pinnedVersion === undefined ? platformDeadlinePolicyAt(since) : platformDeadlinePolicyVersion(pinnedVersion);
  if (ref.kind === "dispute") return policy.dispute[ref.scenario];
  if (ref.kind === "service_order") return policy.serviceOrder;
  return policy.workOrder[ref.type][ref.stage];
}

/** The platform's deadline for a case that reached it at `since`, and the policy version used. */
export function platformDeadline(
  ref: PlatformCaseRef,
  since: Date,
  pinnedVersion?: number,
): { dueAt: Date; policyId: string; policyVersion: number; windowMs: number } {
  const policy =
    pinnedVersion === undefined ? platformDeadlinePolicyAt(since) : platformDeadlinePolicyVersion(pinnedVersion);
  const windowMs = platformWindowMs(ref, since, pinnedVersion);
  return { dueAt: new Date(since.getTime() + windowMs), policyId: policy.id, policyVersion: policy.version, windowMs };
}
