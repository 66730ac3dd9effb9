import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type policyDrafts, users } from "@/db/schema";
import { checkPolicyDraft } from "@/server/domain/policies/policy-checks";
import { diffPolicies } from "@/server/domain/policies/policy-diff";
import { adminOf, type ServiceContext } from "../service-context";
import { familyOrNotFound, inForceVersionOf, loadDraft, versionJson } from "./policy-access";
import type { DraftIdInput } from "./policy-input";

/**
 * ROL-1: a draft with what the admin page needs: its policy, its problems (zh-CN and en, each
 * with a path), and the difference against the version in force ({path, before, after}).
 */
export async function getDraft(ctx: ServiceContext, input: DraftIdInput) {
  adminOf(ctx);
  return draftView(ctx.db, await loadDraft(ctx.db, input.draftId));
}

export async function draftView(db: DbOrTx, draft: typeof policyDrafts.$inferSelect) {
  const family = familyOrNotFound(draft.policyId);
  const inForceVersion = await inForceVersionOf(db, draft.policyId);
  const inForce = await versionJson(db, family, inForceVersion);
  const issues = checkPolicyDraft(family, draft.policy);
  const [author] = await db.select({ name: users.name }).from(users).where(eq(users.id, draft.createdBy));
  return {
    id: draft.id,
    policyId: draft.policyId,
    kind: family.kind,
    name: family.name,
    status: draft.status,
    baseVersion: draft.baseVersion,
    publishedVersion: draft.publishedVersion,
    createdBy: draft.createdBy,
    createdByName: author?.name ?? null,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    policy: draft.policy,
    issues,
    valid: issues.length === 0,
    inForceVersion,
    changes: diffPolicies(inForce, draft.policy),
  };
}
