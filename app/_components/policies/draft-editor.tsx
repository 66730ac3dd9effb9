"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { useSubmissionKey } from "../idempotency-key";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { ChangeList } from "./change-list";
import { DraftFields } from "./draft-fields";
import { DraftJson } from "./draft-json";
import type { PolicyJson } from "./policy-fields";
import { inLocale, type PolicyDraftView } from "./types";

/**
 * ROL-1: the draft editor. The author edits and saves; another admin approves and publishes
 * (four eyes) after a confirm dialog; the author sees that a second admin is needed.
 */
export function DraftEditor(props: { draft: PolicyDraftView; inForcePolicy: unknown; viewerId: string }) {
  const t = useTranslations("policies.draft");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const submission = useSubmissionKey();
  const toast = feedbackToast(`policy-draft-${props.draft.id}`);
  const { confirm, dialog } = useConfirm();
  const [draft, setDraft] = useState(props.draft);
  const [policy, setPolicy] = useState<PolicyJson>(props.draft.policy);
  const [revision, setRevision] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const isAuthor = draft.createdBy === props.viewerId;
  const open = draft.status === "draft";
  const name = inLocale(draft.name, locale);

  const save = useMutation(
    trpc.policies.admin.updateDraft.mutationOptions({
      onSuccess: (view) => {
        setDraft(view);
        setDirty(false);
        setError(undefined);
        toast.success(t("saved"));
      },
      onError: (e) => setError(e.message),
    }),
  );
  const publish = useMutation(
    trpc.policies.admin.approveAndPublish.mutationOptions({
      onSuccess: (result) => {
        submission.renew();
        toast.success(t("published", { version: result.version }));
        router.push("/admin/policies");
        router.refresh();
      },
      onError: (e) => setError(e.message),
    }),
  );

  function change(next: PolicyJson, structural: boolean) {
    setPolicy(next);
    setDirty(true);
    if (structural) setRevision((r) => r + 1);
  }

  async function onApprove() {
    const ok = await confirm({
      title: t("approveTitle"),
      consequence: t("approveConsequence", { name }),
      confirmLabel: t("approveConfirm"),
      tone: "primary",
    });
    if (ok) publish.mutate({ draftId: draft.id, idempotencyKey: submission.key() });
  }

  const issues = draft.issues.map((i) => ({ path: i.path, message: inLocale(i.message, locale) }));
  const editable = open && isAuthor;
  const busy = save.isPending || publish.isPending;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <Link href="/admin/policies" className="text-sm text-blue-700 hover:underline">
          {t("back")}
        </Link>
        <h1 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          {t("title", { name })}
          <Badge tone={open ? "amber" : "green"}>
            {open ? t("status.draft") : t("status.published", { version: draft.publishedVersion ?? 0 })}
          </Badge>
        </h1>
        <p className="text-xs text-gray-600">
          <span className="font-mono">{draft.policyId}</span> ·{" "}
          {t("meta", {
            base: draft.baseVersion,
            inForce: draft.inForceVersion,
            createdBy: isAuthor ? t("you") : (draft.createdByName ?? draft.createdBy.slice(0, 8)),
          })}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
          <Card title={t("parameters")}>
            <DraftFields
              policy={policy}
              reference={props.inForcePolicy}
              issues={issues}
              disabled={!editable || busy}
              revision={revision}
              onChange={change}
            />
          </Card>
          <DraftJson policy={policy} disabled={!editable || busy} onApply={(next) => change(next, true)} />
        </div>
        <div className="flex flex-col gap-4">
          <Card title={t("issues")}>
            {issues.length === 0 ? (
              <p className="text-sm text-green-800">{t("noIssues")}</p>
            ) : (
              <ul className="flex flex-col gap-1 text-sm" aria-label={t("issues")}>
                {issues.map((issue, i) => (
                  <li key={`${issue.path}-${i}`} className="text-red-700">
                    <code className="break-all text-xs text-gray-700">{issue.path || "—"}</code> {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("diff", { version: draft.inForceVersion })}>
            <ChangeList changes={draft.changes} emptyText={t("noDiff")} />
          </Card>
          {open ? (
            <Card>
              <div className="flex flex-col gap-3">
                {dirty ? <p className="text-sm text-amber-800">{t("unsaved")}</p> : null}
                <FormAlert message={error} />
                {isAuthor ? (
                  <>
                    <div>
                      <Button disabled={busy || !dirty} onClick={() => save.mutate({ draftId: draft.id, policy })}>
                        {save.isPending ? t("saving") : t("save")}
                      </Button>
                    </div>
                    <p className="text-sm text-gray-700">{t("waiting")}</p>
                  </>
                ) : (
                  <>
                    <p className="text-sm text-gray-700">{t("notAuthor")}</p>
                    {!draft.valid ? <p className="text-sm text-red-700">{t("invalid")}</p> : null}
                    <div>
                      <Button disabled={busy || !draft.valid} onClick={onApprove}>
                        {t("approve")}
                      </Button>
                    </div>
                  </>
                )}
              </div>
            </Card>
          ) : null}
        </div>
      </div>
      {dialog}
    </div>
  );
}
