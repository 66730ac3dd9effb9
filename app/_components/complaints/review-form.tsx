"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { complaintDecisions, type ComplaintDecision } from "@/server/domain/complaint";
import { currentComplaintPolicy } from "@/server/domain/policies/registry";
import { reviewComplaintInput } from "@/server/services/complaints/review-complaint-input";
import { useSubmissionKey } from "../idempotency-key";
import { Card } from "../ui/card";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import type { ComplaintDetail } from "./types";

type Values = z.input<typeof reviewComplaintInput>;
type Output = z.output<typeof reviewComplaintInput>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * MAL-2: uphold (a risk mark on the buyer), dismiss, or ask for more material once — with a reason, confirmed
 * in a dialog that says the consequence. Nothing is preselected; a second decision is refused by the server.
 */
export function ReviewForm({ detail, materialAsked }: { detail: ComplaintDetail; materialAsked: boolean }) {
  const t = useTranslations("complaint");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(`review-${detail.id}`);
  const submission = useSubmissionKey();
  const { confirm, dialog } = useConfirm();
  const policy = currentComplaintPolicy();
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(reviewComplaintInput),
    defaultValues: { complaintId: detail.id, reason: "" },
  });
  const errorText = useErrorText(form.formState.errors);
  const decision = form.watch("decision");
  const review = useMutation(
    trpc.complaint.admin.review.mutationOptions({
      onSuccess: async () => {
        submission.renew();
        toast.success(t("admin.success"));
        await queryClient.invalidateQueries({ queryKey: trpc.complaint.pathKey() });
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["decision", "reason"] }),
    }),
  );

  const label: Record<ComplaintDecision, string> = {
    uphold: t("admin.uphold"),
    dismiss: t("admin.dismiss"),
    request_material: t("admin.requestMaterial"),
  };
  const consequence = (d: ComplaintDecision) =>
    d === "uphold"
      ? t("admin.upholdConsequence", {
          buyer: detail.consumerName,
          category: t(`categories.${detail.category}`),
          days: Math.round(policy.markValidityMs / DAY_MS),
        })
      : d === "dismiss"
        ? t("admin.dismissConsequence")
        : t("admin.requestConsequence", { hours: Math.round(policy.materialRequests.windowMs / HOUR_MS) });
  const confirmLabel: Record<ComplaintDecision, string> = {
    uphold: t("admin.confirmUphold"),
    dismiss: t("admin.confirmDismiss"),
    request_material: t("admin.confirmRequest"),
  };

  async function onValid(values: Output) {
    const ok = await confirm({
      title: label[values.decision],
      consequence: consequence(values.decision),
      confirmLabel: confirmLabel[values.decision],
      tone: values.decision === "uphold" ? "danger" : "primary",
    });
    if (ok) review.mutate({ ...values, idempotencyKey: submission.key() });
  }

  const busy = review.isPending;
  return (
    <Card title={t("admin.decide")}>
      <form onSubmit={form.handleSubmit(onValid)} className="flex flex-col gap-4" noValidate>
        <RadioGroupField
          legend={t("admin.decision")}
          registration={form.register("decision")}
          selected={decision}
          options={complaintDecisions.map((d) => ({
            value: d,
            label: label[d],
            unavailable: d === "request_material" && materialAsked ? t("admin.requestMaterialUsed") : undefined,
          }))}
          error={errorText("decision") ? t("admin.needDecision") : undefined}
          disabled={busy}
        />
        <TextareaField
          label={t("admin.reason")}
          hint={t("admin.reasonHint")}
          registration={form.register("reason")}
          error={errorText("reason")}
          rows={3}
          maxLength={1000}
          disabled={busy}
        />
        <FormAlert message={errorText("root")} />
        <div>
          <SubmitButton pending={busy} pendingLabel={t("form.submitting")}>
            {decision ? label[decision] : t("admin.decide")}
          </SubmitButton>
        </div>
      </form>
      {dialog}
    </Card>
  );
}
