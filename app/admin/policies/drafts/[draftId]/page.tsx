import { DraftEditor } from "@/app/_components/policies/draft-editor";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "规则草稿" };

/** ROL-1: one draft — the form for its common parameters, JSON for the rest, issues, the diff, four-eyes publish. */
export default async function PolicyDraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const caller = await getCaller();
  const draft = await orNotFound(caller.policies.admin.getDraft({ draftId }));
  const families = await caller.policies.admin.list();
  const family = families.find((f) => f.policyId === draft.policyId);
  const inForce = family?.versions.find((v) => v.version === draft.inForceVersion)?.policy ?? null;
  const viewerId = (await getContext()).actor?.userId ?? "";
  return <DraftEditor draft={draft} inForcePolicy={inForce} viewerId={viewerId} />;
}
