"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import type { InterventionType } from "@/server/domain/work-order";
import {
  applyForInterventionInput,
  type ApplyForInterventionInput,
} from "@/server/services/intervention/apply-for-intervention-input";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

export interface ApplyOption {
  type: InterventionType;
  /** Why it cannot be chosen for this order, or null. */
  unavailable: "signed" | "tmall" | "cancelled" | "unpaid" | null;
  /** The merchant's reply window in hours (from the current policy). */
  hours: number;
  /** The policy's timeout consequence, already in the viewer's language. */
  consequence: string;
}

/** WO-1: choose the reason (none preselected), write the claim, see the merchant's deadline and what happens next. */
export function ApplyForm({ orderId, options }: { orderId: string; options: ApplyOption[] }) {
  const t = useTranslations("workOrder.intervention.apply");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`apply-${orderId}`);
  const form = useForm({ resolver: zodResolver(applyForInterventionInput), defaultValues: { orderId, claim: "" } });
  const errorText = useErrorText(form.formState.errors, { type: t("chooseType") });
  const apply = useMutation(
    trpc.intervention.consumer.applyIntervention.mutationOptions({
      onSuccess: (result) => {
        toast.success(t("success"));
        router.push(`/work-orders/${result.workOrderId}`);
      },
      onError: (error) =>
        showServerError(form.setError, error, {
          fields: ["type", "claim"],
          codes: { ORDER_NOT_SIGNED: "type", TYPE_NOT_AVAILABLE: "type" },
        }),
    }),
  );
  const type = form.watch("type");
  const chosen = options.find((o) => o.type === type);
  const busy = apply.isPending || apply.isSuccess;

  return (
    <form
      onSubmit={form.handleSubmit((values: ApplyForInterventionInput) => apply.mutate(values))}
      className="flex flex-col gap-4"
      noValidate
    >
      <RadioGroupField
        legend={t("type")}
        registration={form.register("type")}
        selected={type}
        options={options.map((o) => ({
          value: o.type,
          label: t(`types.${o.type}`),
          hint: o.unavailable ? undefined : t(`typeHints.${o.type}`),
          unavailable: o.unavailable ? t(`unavailable.${o.unavailable}`) : undefined,
        }))}
        error={errorText("type")}
        disabled={busy}
      />

      {chosen ? (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t("deadline", { hours: chosen.hours })}</p>
          <p className="text-xs">{t("consequence", { text: chosen.consequence })}</p>
        </div>
      ) : null}

      <TextareaField
        label={t("claim")}
        registration={form.register("claim")}
        error={errorText("claim")}
        maxLength={1000}
        rows={4}
        placeholder={t("claimPlaceholder")}
        disabled={busy}
      />
      <p className="text-xs text-gray-500">{t("next")}</p>
      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={busy} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
