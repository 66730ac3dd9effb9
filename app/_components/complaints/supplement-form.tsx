"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { currentComplaintPolicy } from "@/server/domain/policies/registry";
import { supplementComplaintInput } from "@/server/services/complaints/supplement-complaint-input";
import { acceptFor, localized } from "../disputes/localized";
import { useSubmissionKey } from "../idempotency-key";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

type Values = z.input<typeof supplementComplaintInput>;

/** MAL-2: the merchant answers the platform's one request for more material, within its window. */
export function SupplementForm({ complaintId }: { complaintId: string }) {
  const t = useTranslations("complaint.detail");
  const tf = useTranslations("complaint.form");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = feedbackToast(`supplement-${complaintId}`);
  const slot = currentComplaintPolicy().supplementSlot;
  const submission = useSubmissionKey();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const form = useForm<Values, unknown, z.output<typeof supplementComplaintInput>>({
    resolver: zodResolver(supplementComplaintInput),
    defaultValues: { complaintId, statement: "", files: [] },
  });
  const errorText = useErrorText(form.formState.errors);
  const submit = useMutation(
    trpc.complaint.merchant.supplement.mutationOptions({
      onSuccess: async () => {
        submission.renew();
        toast.success(t("supplementSuccess"));
        await queryClient.invalidateQueries({ queryKey: trpc.complaint.pathKey() });
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["statement", "files"] }),
    }),
  );
  const busy = submit.isPending;
  return (
    <form
      onSubmit={form.handleSubmit((values) => submit.mutate({ ...values, idempotencyKey: submission.key() }))}
      className="flex flex-col gap-3 border-t border-gray-100 pt-3"
      noValidate
      aria-label={t("supplement")}
    >
      <TextareaField
        label={t("supplementNote")}
        registration={form.register("statement")}
        error={errorText("statement")}
        rows={3}
        disabled={busy}
      />
      <FileUploader
        purpose="evidence"
        accept={acceptFor(slot.accepts)}
        multiple
        value={files}
        onChange={(next) => {
          setFiles(next);
          form.setValue(
            "files",
            next.map((f) => f.id),
            { shouldValidate: form.formState.isSubmitted },
          );
        }}
        label={localized(slot.label, locale)}
        error={errorText("files")}
        disabled={busy}
      />
      <span className="text-xs text-gray-500">{tf("slotHint", { min: slot.min, max: slot.max })}</span>
      <p className="text-xs text-amber-900">{t("materialOnce")}</p>
      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={busy} pendingLabel={tf("submitting")}>
          {t("supplementSubmit")}
        </SubmitButton>
      </div>
    </form>
  );
}
