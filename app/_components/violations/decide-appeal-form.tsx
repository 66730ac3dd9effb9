"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { appealDecisions } from "@/server/domain/violation";
import { decideAppealInput, type DecideAppealInput } from "@/server/services/violations/decide-appeal-input";
import type { ViolationDetail } from "@/server/services/violations/get-violation";
import { useSubmissionKey } from "../idempotency-key";
import { Card } from "../ui/card";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

/**
 * VIO-3: a senior reviewer who did not make the first decision upholds or overturns the appeal
 * with reasons (neither preselected). Anyone else sees why they cannot, instead of the form.
 */
export function DecideAppealForm({
  appealId,
  decision,
}: {
  appealId: string;
  decision: NonNullable<ViolationDetail["decision"]>;
}) {
  const t = useTranslations("violation.decide");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(`appeal-${appealId}`);
  const submission = useSubmissionKey();
  const form = useForm({ resolver: zodResolver(decideAppealInput), defaultValues: { appealId, reason: "" } });
  const errorText = useErrorText(form.formState.errors, { decision: t("chooseDecision") });
  const decide = useMutation(
    trpc.violation.admin.decideAppeal.mutationOptions({
      onSuccess: async () => {
        toast.success(t("done"));
        await queryClient.invalidateQueries({ queryKey: trpc.violation.pathKey() });
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["decision", "reason"] }),
    }),
  );

  const names = decision.firstDeciderNames.join("、");
  if (decision.block) {
    return (
      <Card title={t("title")}>
        <div
          className="flex gap-2 text-sm text-gray-700"
          role="note"
          data-testid="appeal-blocked"
          data-block={decision.block}
        >
          <ShieldAlert className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
          <div className="flex flex-col gap-1">
            <p>{t(`blocked.${decision.block}`)}</p>
            {names ? <p className="text-xs text-gray-500">{t("firstDecision", { names })}</p> : null}
          </div>
        </div>
      </Card>
    );
  }

  function submit(values: DecideAppealInput) {
    decide.mutate({ ...values, idempotencyKey: submission.key() }, { onSuccess: submission.renew });
  }
  const busy = decide.isPending;
  return (
    <Card title={t("title")}>
      <form
        onSubmit={form.handleSubmit(submit)}
        className="flex flex-col gap-3"
        noValidate
        data-testid="appeal-decide-form"
      >
        <RadioGroupField
          legend={t("decision")}
          registration={form.register("decision")}
          selected={form.watch("decision")}
          options={appealDecisions.map((d) => ({ value: d, label: t(d) }))}
          error={errorText("decision")}
          disabled={busy}
        />
        <TextareaField
          label={t("reason")}
          registration={form.register("reason")}
          error={errorText("reason")}
          maxLength={1000}
          rows={3}
          placeholder={t("reasonPlaceholder")}
          disabled={busy}
        />
        {names ? <p className="text-xs text-gray-500">{t("firstDecision", { names })}</p> : null}
        <FormAlert message={errorText("root")} />
        <div>
          <SubmitButton pending={busy} pendingLabel={t("submitting")}>
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
    </Card>
  );
}
