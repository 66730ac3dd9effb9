import { and, desc, eq, max } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { policyDrafts, policyRollouts, policyVersions } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { isUuid } from "@/server/domain/ids";
import { policyFamily, type PolicyFamily } from "@/server/domain/policies/families";
import type { PolicyJson } from "@/server/domain/policies/policy-shape";
import type { PolicyRollout } from "@/server/domain/policies/published-store";
import { versionInForce } from "@/server/domain/policies/rollout";

/** The code-defined baseline is version 1 of every family. */
export const BASELINE_VERSION = 1;

export const policyNotFound = () =>
  new DomainError("NOT_FOUND", "POLICY_NOT_FOUND", { "zh-CN": "规则不存在", en: "Policy not found" });

export const versionNotFound = (version: number) =>
  new DomainError("NOT_FOUND", "POLICY_VERSION_NOT_FOUND", {
    "zh-CN": `规则版本不存在:v${version}`,
    en: `No such policy version: v${version}`,
  });

export const draftNotFound = () =>
  new DomainError("NOT_FOUND", "POLICY_DRAFT_NOT_FOUND", { "zh-CN": "草稿不存在", en: "Draft not found" });

export function familyOrNotFound(policyId: string): PolicyFamily {
  const family = policyFamily(policyId);
  if (!family) throw policyNotFound();
  return family;
}

/** A version's policy JSON: the code baseline or a published row. */
export async function versionJson(db: DbOrTx, family: PolicyFamily, version: number): Promise<PolicyJson> {
  if (version === BASELINE_VERSION) return family.baseline;
  const [row] = await db
    .select({ policy: policyVersions.policy })
    .from(policyVersions)
    .where(and(eq(policyVersions.policyId, family.policyId), eq(policyVersions.version, version)));
  if (!row) throw versionNotFound(version);
  return row.policy;
}

export async function rolloutRow(db: DbOrTx, policyId: string): Promise<PolicyRollout | undefined> {
  const [row] = await db.select().from(policyRollouts).where(eq(policyRollouts.policyId, policyId));
  return row;
}

export async function inForceVersionOf(db: DbOrTx, policyId: string): Promise<number> {
  return versionInForce(await rolloutRow(db, policyId), BASELINE_VERSION);
}

/** The highest version ever published (or the baseline): the next one is this + 1, never reused. */
export async function latestVersionOf(db: DbOrTx, policyId: string): Promise<number> {
  const [row] = await db
    .select({ latest: max(policyVersions.version) })
    .from(policyVersions)
    .where(eq(policyVersions.policyId, policyId));
  return Math.max(row?.latest ?? BASELINE_VERSION, BASELINE_VERSION);
}

export async function loadDraft(db: DbOrTx, draftId: string) {
  if (!isUuid(draftId)) throw draftNotFound();
  const [row] = await db.select().from(policyDrafts).where(eq(policyDrafts.id, draftId));
  if (!row) throw draftNotFound();
  return row;
}

export async function draftsOf(db: DbOrTx, policyId: string) {
  return db
    .select()
    .from(policyDrafts)
    .where(and(eq(policyDrafts.policyId, policyId), eq(policyDrafts.status, "draft")))
    .orderBy(desc(policyDrafts.updatedAt));
}
