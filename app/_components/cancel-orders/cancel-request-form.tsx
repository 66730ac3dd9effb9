"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import type { consumerCancelReasons } from "@/server/domain/cancel-order";
import type { LocalizedText } from "@/server/domain/errors";
import { requestCancelInput, type RequestCancelInput } from "@/server/services/cancel-orders/request-cancel-input";
import { localized } from "../disputes/localized";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

type ConsumerReason = (typeof consumerCancelReasons)[number];

/** The consumer asks to cancel a paid or shipped order: a reason from the list (none preselected) and an optional note. */
export function CancelRequestForm({
  orderId,
  reasons,
}: {
  orderId: string;
  reasons: readonly { key: ConsumerReason; label: LocalizedText }[];
}) {
  const t = useTranslations("cancelOrder.request");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`cancel-request-${orderId}`);
  const form = useForm({ resolver: zodResolver(requestCancelInput), defaultValues: { orderId, note: "" } });
  const errorText = useErrorText(form.formState.errors);
  const request = useMutation(
    trpc.cancelOrder.consumer.request.mutationOptions({
      onSuccess: (result) => {
        toast.success(t("submitted"));
        router.push(`/cancel-orders/${result.id}`);
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["reason", "note"] }),
    }),
  );
  const busy = request.isPending;
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      onSubmit={form.handleSubmit((values: RequestCancelInput) =>
        request.mutate({ ...values, note: values.note || undefined }),
      )}
    >
      <RadioGroupField
        legend={t("reason")}
        registration={form.register("reason")}
        selected={form.watch("reason")}
        options={reasons.map((r) => ({ value: r.key, label: localized(r.label, locale) }))}
        error={errorText("reason")}
        disabled={busy}
      />
      <TextareaField
        label={t("note")}
        registration={form.register("note")}
        error={errorText("note")}
        rows={3}
        maxLength={500}
        placeholder={t("notePlaceholder")}
        disabled={busy}
      />
      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={busy} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
