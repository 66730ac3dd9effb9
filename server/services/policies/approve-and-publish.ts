import { and, eq } from "drizzle-orm";
import { policyApprovals, policyDrafts, policyVersions } from "@/db/schema";
import { DomainError, staleState } from "@/server/domain/errors";
import { checkPolicyDraft } from "@/server/domain/policies/policy-checks";
import { adminOf, type ServiceContext } from "../service-context";
import { familyOrNotFound, latestVersionOf, loadDraft } from "./policy-access";
import { bumpPolicyEpoch } from "./policy-cache";
import type { DraftIdInput } from "./policy-input";

export const fourEyes = () =>
  new DomainError("FORBIDDEN", "FOUR_EYES", {
    "zh-CN": "发布需由起草人以外的另一位管理员审批",
    en: "Publishing needs the approval of an admin other than the draft's author",
  });

/**
 * ROL-1 four eyes: a second admin approves a draft without problems, which publishes it as the
 * next version (highest ever + 1: never reused) — immutable from then on. Publishing changes
 * nobody's rules yet: a version reaches shops only through its rollout (setRollout).
 */
export async function approveAndPublish(ctx: ServiceContext, input: DraftIdInput) {
  const { userId } = adminOf(ctx);
  const { now } = ctx;
  return ctx.db.transaction(async (tx) => {
    const draft = await loadDraft(tx, input.draftId);
    if (draft.createdBy === userId) throw fourEyes();
    if (draft.status !== "draft") throw staleState();
    const family = familyOrNotFound(draft.policyId);
    const issues = checkPolicyDraft(family, draft.policy);
    if (issues.length > 0)
      throw new DomainError(
        "BAD_REQUEST",
        "POLICY_INVALID",
        {
          "zh-CN": `草稿有 ${issues.length} 处问题,不能发布:${issues[0]?.message["zh-CN"] ?? ""}`,
          en: `The draft has ${issues.length} problem(s) and cannot be published: ${issues[0]?.message.en ?? ""}`,
        },
        { issues },
      );
    // Locks the epoch row first: concurrent publishes queue here, so each reads the latest version.
    await bumpPolicyEpoch(tx);
    const version = (await latestVersionOf(tx, family.policyId)) + 1;
    const [claimed] = await tx
      .update(policyDrafts)
      .set({ status: "published", publishedVersion: version, updatedAt: now })
      .where(and(eq(policyDrafts.id, draft.id), eq(policyDrafts.status, "draft")))
      .returning({ id: policyDrafts.id });
    if (!claimed) throw staleState();
    await tx.insert(policyVersions).values({
      policyId: family.policyId,
      version,
      policy: { ...draft.policy, id: family.policyId, version },
      draftId: draft.id,
      createdBy: draft.createdBy,
      createdAt: draft.createdAt,
      approvedBy: userId,
      publishedAt: now,
    });
    await tx.insert(policyApprovals).values({
      draftId: draft.id,
      policyId: family.policyId,
      version,
      authorId: draft.createdBy,
      approvedBy: userId,
      approvedAt: now,
    });
    return { policyId: family.policyId, version, publishedAt: now };
  });
}
