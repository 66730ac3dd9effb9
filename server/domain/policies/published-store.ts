/**
 * ROL-1/ROL-2: the process's copy of the published policy versions and the rollouts, installed
 * by the service layer (server/services/policies/policy-cache.ts) after one indexed lookup of
 * the policy epoch showed that something changed. Pure data, no I/O: the registry's sync
 * accessors read it. Code-defined v1s are never here (they stay the baseline in code).
 */
export const rolloutStates = ["active", "paused", "rolled_back"] as const;
export type RolloutStateName = (typeof rolloutStates)[number];

export interface PublishedPolicyVersion {
  policyId: string;
  version: number;
  /** The policy as published (validated against its family's schema at publish and at load). */
  policy: unknown;
  publishedAt: Date;
}

export interface PolicyRollout {
  policyId: string;
  targetVersion: number;
  previousVersion: number;
  /** 0–100: shops whose bucket is below it get the target version. */
  percentage: number;
  /** Chosen shops get the target version whatever their bucket. */
  shopIds: readonly string[];
  state: RolloutStateName;
  updatedAt: Date;
}

export interface PolicySnapshot {
  /** The epoch row's value this snapshot was loaded at; null: never loaded. */
  epoch: number | null;
  versions: ReadonlyMap<string, readonly PublishedPolicyVersion[]>;
  rollouts: ReadonlyMap<string, PolicyRollout>;
}

export const emptyPolicySnapshot: PolicySnapshot = { epoch: null, versions: new Map(), rollouts: new Map() };

let current: PolicySnapshot = emptyPolicySnapshot;

export function publishedSnapshot(): PolicySnapshot {
  return current;
}

export function installPublishedSnapshot(snapshot: PolicySnapshot): void {
  current = snapshot;
}

export function publishedVersion(policyId: string, version: number): PublishedPolicyVersion | undefined {
  return current.versions.get(policyId)?.find((v) => v.version === version);
}

export function rolloutOf(policyId: string): PolicyRollout | undefined {
  return current.rollouts.get(policyId);
}
