import { and, eq } from "drizzle-orm";
import { policyDrafts } from "@/db/schema";
import { DomainError, staleState } from "@/server/domain/errors";
import { checkPolicyDraft } from "@/server/domain/policies/policy-checks";
import { adminOf, type ServiceContext } from "../service-context";
import { draftView } from "./get-draft";
import { familyOrNotFound, loadDraft } from "./policy-access";
import type { UpdateDraftInput } from "./policy-input";

export const notDraftAuthor = () =>
  new DomainError("FORBIDDEN", "NOT_DRAFT_AUTHOR", {
    "zh-CN": "只有草稿的起草人可以修改草稿",
    en: "Only the draft's author may change it",
  });

/**
 * ROL-1: the author saves the whole policy. Saved even when it has problems (the page shows
 * them); only a draft without problems can be published. A published draft is frozen.
 */
export async function updateDraft(ctx: ServiceContext, input: UpdateDraftInput) {
  const { userId } = adminOf(ctx);
  const { db, now } = ctx;
  const draft = await loadDraft(db, input.draftId);
  if (draft.createdBy !== userId) throw notDraftAuthor();
  const family = familyOrNotFound(draft.policyId);
  const [saved] = await db
    .update(policyDrafts)
    .set({ policy: input.policy, issues: checkPolicyDraft(family, input.policy), updatedAt: now })
    .where(and(eq(policyDrafts.id, draft.id), eq(policyDrafts.status, "draft")))
    .returning();
  if (!saved) throw staleState();
  return draftView(db, saved);
}
