import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { policyNotices, policyRolloutEvents, policyRollouts, shops } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { PolicyFamily } from "@/server/domain/policies/families";
import { diffPolicies, type PolicyChange } from "@/server/domain/policies/policy-diff";
import type { PolicyRollout } from "@/server/domain/policies/published-store";
import { chooseVersion, versionInForce } from "@/server/domain/policies/rollout";
import { BASELINE_VERSION, versionJson } from "./policy-access";
import { bumpPolicyEpoch } from "./policy-cache";

export const noRollout = () =>
  new DomainError("NOT_FOUND", "ROLLOUT_NOT_FOUND", {
    "zh-CN": "该规则没有进行中的灰度",
    en: "This policy has no rollout",
  });

/** The rollout locked for the change (FOR UPDATE: two admins changing it wait for each other). */
export async function lockedRollout(tx: DbOrTx, policyId: string): Promise<PolicyRollout | undefined> {
  const [row] = await tx.select().from(policyRollouts).where(eq(policyRollouts.policyId, policyId)).for("update");
  return row;
}

/**
 * ROL-2: writes a rollout change — the row, a history row (who, when), the epoch bump every
 * process sees — and a notice (公告) for every shop whose new items now get another version,
 * with the effective instant and what changed for it.
 */
export async function writeRollout(
  tx: DbOrTx,
  change: {
    family: PolicyFamily;
    before: PolicyRollout | undefined;
    after: PolicyRollout;
    action: "set" | "pause" | "roll_back";
    by: string;
    now: Date;
  },
): Promise<{ noticedShops: number }> {
  const { after, by, now } = change;
  const row = { ...after, shopIds: [...after.shopIds], updatedBy: by, updatedAt: now };
  await tx.insert(policyRollouts).values(row).onConflictDoUpdate({ target: policyRollouts.policyId, set: row });
  await tx.insert(policyRolloutEvents).values({
    policyId: after.policyId,
    action: change.action,
    targetVersion: after.targetVersion,
    previousVersion: after.previousVersion,
    percentage: after.percentage,
    shopIds: [...after.shopIds],
    state: after.state,
    by,
    at: now,
  });
  await bumpPolicyEpoch(tx);
  return { noticedShops: await noticeShops(tx, change) };
}

async function noticeShops(
  tx: DbOrTx,
  change: { family: PolicyFamily; before: PolicyRollout | undefined; after: PolicyRollout; now: Date },
): Promise<number> {
  const { family, before, after, now } = change;
  const inForceBefore = versionInForce(before, BASELINE_VERSION);
  const inForceAfter = versionInForce(after, BASELINE_VERSION);
  const diffs = new Map<string, PolicyChange[]>();
  const changesOf = async (from: number, to: number) => {
    const key = `${from}>${to}`;
    const known = diffs.get(key);
    if (known) return known;
    const made = diffPolicies(await versionJson(tx, family, from), await versionJson(tx, family, to));
    diffs.set(key, made);
    return made;
  };
  const notices: (typeof policyNotices.$inferInsert)[] = [];
  for (const shop of await tx.select({ id: shops.id }).from(shops)) {
    const from = chooseVersion(before, inForceBefore, shop.id).version;
    const to = chooseVersion(after, inForceAfter, shop.id).version;
    if (from === to) continue;
    notices.push({
      shopId: shop.id,
      policyId: family.policyId,
      version: to,
      fromVersion: from,
      kind: after.state === "rolled_back" ? "rolled_back" : "rolled_out",
      changes: await changesOf(from, to),
      effectiveAt: now,
      createdAt: now,
    });
  }
  for (let i = 0; i < notices.length; i += 500) await tx.insert(policyNotices).values(notices.slice(i, i + 500));
  return notices.length;
}
