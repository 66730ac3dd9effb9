import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { policyEpoch, policyRollouts, policyVersions } from "@/db/schema";
import { policyFamily } from "@/server/domain/policies/families";
import {
  installPublishedSnapshot,
  publishedSnapshot,
  type PolicyRollout,
  type PolicySnapshot,
  type PublishedPolicyVersion,
} from "@/server/domain/policies/published-store";

/** Where a snapshot lives: the process's (the registry reads it) or a test's stand-in process. */
export interface SnapshotSlot {
  get(): PolicySnapshot;
  set(snapshot: PolicySnapshot): void;
}

export const processSnapshotSlot: SnapshotSlot = { get: publishedSnapshot, set: installPublishedSnapshot };

/**
 * ROL-1/ROL-2 "cached per process with invalidation on publish": one primary-key lookup of the
 * policy epoch; only when it moved since this process loaded its snapshot are the published
 * versions and rollouts read again. Every publish and rollout change bumps the epoch in its own
 * transaction (bumpPolicyEpoch), so every process sharing the database sees it on its next
 * request. Returns whether it reloaded.
 */
export async function refreshPolicyCache(db: DbOrTx, slot: SnapshotSlot = processSnapshotSlot): Promise<boolean> {
  const [row] = await db.select({ epoch: policyEpoch.epoch }).from(policyEpoch).where(eq(policyEpoch.id, 1));
  const epoch = row?.epoch ?? 0;
  if (slot.get().epoch === epoch) return false;
  slot.set(await loadSnapshot(db, epoch));
  return true;
}

/** Called in the transaction of every publish and rollout change. */
export async function bumpPolicyEpoch(tx: DbOrTx): Promise<void> {
  await tx
    .insert(policyEpoch)
    .values({ id: 1, epoch: 1 })
    .onConflictDoUpdate({ target: policyEpoch.id, set: { epoch: sql`${policyEpoch.epoch} + 1` } });
}

async function loadSnapshot(db: DbOrTx, epoch: number): Promise<PolicySnapshot> {
  const rows = await db.select().from(policyVersions).orderBy(policyVersions.policyId, policyVersions.version);
  const versions = new Map<string, PublishedPolicyVersion[]>();
  for (const row of rows) {
    const family = policyFamily(row.policyId);
    if (!family || !family.schema.safeParse(row.policy).success) {
      console.error(`[policies] ${row.policyId} v${row.version} does not fit its family; left out`);
      continue;
    }
    const list = versions.get(row.policyId) ?? [];
    list.push({ policyId: row.policyId, version: row.version, policy: row.policy, publishedAt: row.publishedAt });
    versions.set(row.policyId, list);
  }
  const rollouts = new Map<string, PolicyRollout>();
  for (const r of await db.select().from(policyRollouts)) rollouts.set(r.policyId, { ...r });
  return { epoch, versions, rollouts };
}
