import { policyDrafts } from "@/db/schema";
import { checkPolicyDraft } from "@/server/domain/policies/policy-checks";
import { adminOf, type ServiceContext } from "../service-context";
import { draftView } from "./get-draft";
import { familyOrNotFound, inForceVersionOf, versionJson } from "./policy-access";
import type { CreateDraftInput } from "./policy-input";

/** ROL-1: an admin starts the next version of a policy from a version (default: the one in force). */
export async function createDraft(ctx: ServiceContext, input: CreateDraftInput) {
  const { userId } = adminOf(ctx);
  const { db, now } = ctx;
  const family = familyOrNotFound(input.policyId);
  const baseVersion = input.baseVersion ?? (await inForceVersionOf(db, family.policyId));
  const policy = await versionJson(db, family, baseVersion);
  const [draft] = await db
    .insert(policyDrafts)
    .values({
      policyId: family.policyId,
      baseVersion,
      policy,
      issues: checkPolicyDraft(family, policy),
      status: "draft",
      createdBy: userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!draft) throw new Error("createDraft: insert returned no row");
  return draftView(db, draft);
}
