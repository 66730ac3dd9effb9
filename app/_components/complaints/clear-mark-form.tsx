"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { clearRiskMarkInput } from "@/server/services/complaints/risk-marks-input";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import type { RiskMarkView } from "./types";

type Values = z.input<typeof clearRiskMarkInput>;

/** MAL-2: an admin clears a wrongly put mark, with a reason kept in the audit trail (confirmed first). */
export function ClearMarkForm({ mark, buyerName }: { mark: RiskMarkView; buyerName: string }) {
  const t = useTranslations("complaint");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(`clear-${mark.id}`);
  const { confirm, dialog } = useConfirm();
  const [open, setOpen] = useState(false);
  const submission = useSubmissionKey();
  const form = useForm<Values>({ resolver: zodResolver(clearRiskMarkInput), defaultValues: { markId: mark.id } });
  const errorText = useErrorText(form.formState.errors);
  const clear = useMutation(
    trpc.complaint.admin.clearMark.mutationOptions({
      onSuccess: async () => {
        submission.renew();
        toast.success(t("marks.clearSuccess"));
        await queryClient.invalidateQueries({ queryKey: trpc.complaint.pathKey() });
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["reason"] }),
    }),
  );
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {t("marks.clear")}
      </Button>
    );
  return (
    <form
      className="flex flex-col gap-2"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        const ok = await confirm({
          title: t("marks.clear"),
          consequence: t("marks.clearConsequence", {
            buyer: buyerName,
            category: t(`categories.${mark.category}`),
          }),
          confirmLabel: t("marks.clearConfirm"),
          tone: "danger",
        });
        if (ok) clear.mutate({ ...values, idempotencyKey: submission.key() });
      })}
    >
      <TextareaField
        label={t("marks.clearReason")}
        registration={form.register("reason")}
        error={errorText("reason")}
        rows={2}
        maxLength={1000}
        disabled={clear.isPending}
      />
      <FormAlert message={errorText("root")} />
      <div className="flex gap-2">
        <SubmitButton pending={clear.isPending} pendingLabel={t("form.submitting")}>
          {t("marks.clearConfirm")}
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("marks.cancel")}
        </Button>
      </div>
      {dialog}
    </form>
  );
}
