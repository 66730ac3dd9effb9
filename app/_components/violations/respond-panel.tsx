"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import {
  APPEAL_STATEMENT_MAX,
  APPEAL_STATEMENT_MIN,
  appealEvidenceSlot,
} from "@/server/domain/policies/violation-rules";
import { appealViolationInput, type AppealViolationInput } from "@/server/services/violations/appeal-violation-input";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { useErrorText } from "../ui/form/use-error-text";

const accept = ".jpg,.jpeg,.png,.webp,.pdf";

/**
 * VIO-2/3: the merchant's two answers to a pending ticket — confirm (it takes effect now, after a
 * confirmation that names the points), or appeal with a statement and evidence (the appeal
 * stops the clock). Refusals (e.g. the 7 days just ran out) show on the form or as a toast.
 */
export function RespondPanel({ violationId, points }: { violationId: string; points: number }) {
  const t = useTranslations("violation.respond");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(`violation-${violationId}`);
  const { confirm: ask, dialog } = useConfirm();
  // VIO-3: at least one evidence file, on top of the verb's schema (the server checks it again).
  const schema = useMemo(
    () =>
      appealViolationInput.refine((v) => v.evidence.length >= appealEvidenceSlot.min, {
        path: ["evidence"],
        message: t("needEvidence"),
      }),
    [t],
  );
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { violationId, statement: "", evidence: [] } });
  const errorText = useErrorText(form.formState.errors);

  const done = (message: string) => async () => {
    toast.success(message);
    await queryClient.invalidateQueries({ queryKey: trpc.violation.pathKey() });
    router.refresh();
  };
  const confirm = useMutation(
    trpc.violation.merchant.confirm.mutationOptions({
      onSuccess: done(t("confirmed")),
      onError: (error) => toast.error(error.message),
    }),
  );
  const appeal = useMutation(
    trpc.violation.merchant.appeal.mutationOptions({
      onSuccess: done(t("appealed")),
      onError: (error) =>
        showServerError(form.setError, error, {
          fields: ["statement", "evidence"],
          codes: { EVIDENCE_INVALID: "evidence", DUPLICATE_FILE: "evidence" },
        }),
    }),
  );
  const busy = confirm.isPending || appeal.isPending;
  const confirming = useSubmissionKey();
  const appealing = useSubmissionKey();

  async function onConfirm() {
    const confirmed = await ask({
      title: t("confirmTitle"),
      consequence: t("confirmAsk", { points }),
      confirmLabel: t("confirmAction", { points }),
    });
    if (!confirmed) return;
    confirm.mutate({ violationId, idempotencyKey: confirming.key() }, { onSuccess: confirming.renew });
  }

  function onAppeal(values: AppealViolationInput) {
    appeal.mutate({ ...values, idempotencyKey: appealing.key() }, { onSuccess: appealing.renew });
  }

  return (
    <Card title={t("title")}>
      <div className="flex flex-col gap-4" data-testid="violation-respond">
        <p className="text-sm text-gray-700">{t("hint")}</p>
        <div>
          <Button variant="secondary" onClick={() => void onConfirm()} disabled={busy}>
            {confirm.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
            {t("confirm")}
          </Button>
        </div>
        <div className="flex items-center gap-2 text-xs text-gray-500">
          <span className="h-px flex-1 bg-gray-200" />
          {t("or")}
          <span className="h-px flex-1 bg-gray-200" />
        </div>
        <form onSubmit={form.handleSubmit(onAppeal)} className="flex flex-col gap-3" noValidate>
          <h3 className="text-sm font-semibold">{t("appealTitle")}</h3>
          <TextareaField
            label={t("statement")}
            hint={t("statementHint", { min: APPEAL_STATEMENT_MIN, max: APPEAL_STATEMENT_MAX })}
            registration={form.register("statement")}
            error={errorText("statement")}
            maxLength={APPEAL_STATEMENT_MAX}
            rows={4}
            placeholder={t("statementPlaceholder")}
            disabled={busy}
          />
          <UploadField
            control={form.control}
            name="evidence"
            purpose="evidence"
            accept={accept}
            multiple
            label={t("evidence")}
            error={errorText("evidence")}
            disabled={busy}
          />
          <FormAlert message={errorText("root")} />
          <div>
            <SubmitButton pending={appeal.isPending} pendingLabel={t("submitting")} disabled={confirm.isPending}>
              {t("submit")}
            </SubmitButton>
          </div>
        </form>
      </div>
      {dialog}
    </Card>
  );
}
