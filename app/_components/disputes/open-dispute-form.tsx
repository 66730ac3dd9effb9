"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import {
  openCancelDisputeInput,
  type OpenCancelDisputeInput,
} from "@/server/services/disputes/open-cancel-dispute-input";
import {
  openInvoiceDisputeInput,
  type OpenInvoiceDisputeInput,
} from "@/server/services/disputes/open-invoice-dispute-input";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

type Target =
  | { invoiceId: string; scenario: "invoice_refused" | "invoice_urged"; orderId?: never }
  | { orderId: string; invoiceId?: never; scenario?: never };

/** DSP-1: the consumer states a claim (5–500 characters) and opens the dispute (on an invoice, or a cancel dispute on an order). */
export function OpenDisputeForm(target: Target) {
  return target.orderId !== undefined ? (
    <OpenCancelDispute orderId={target.orderId} />
  ) : (
    <OpenInvoiceDispute invoiceId={target.invoiceId} scenario={target.scenario} />
  );
}

function useOpened(key: string) {
  const t = useTranslations("dispute.open");
  const router = useRouter();
  const toast = feedbackToast(`open-dispute-${key}`);
  return (result: { id: string }) => {
    toast.success(t("opened"));
    router.push(`/disputes/${result.id}`);
  };
}

function OpenCancelDispute({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const opened = useOpened(orderId);
  const form = useForm({ resolver: zodResolver(openCancelDisputeInput), defaultValues: { orderId, claim: "" } });
  const errorText = useErrorText(form.formState.errors);
  const open = useMutation(
    trpc.dispute.consumer.openCancel.mutationOptions({
      onSuccess: opened,
      onError: (error) => showServerError(form.setError, error, { fields: ["claim"] }),
    }),
  );
  return (
    <ClaimForm
      registration={form.register("claim")}
      length={form.watch("claim").length}
      error={errorText("claim")}
      refusal={errorText("root")}
      pending={open.isPending}
      onSubmit={form.handleSubmit((values: OpenCancelDisputeInput) => open.mutate(values))}
    />
  );
}

function OpenInvoiceDispute({
  invoiceId,
  scenario,
}: {
  invoiceId: string;
  scenario: OpenInvoiceDisputeInput["scenario"];
}) {
  const trpc = useTRPC();
  const opened = useOpened(invoiceId);
  const form = useForm({
    resolver: zodResolver(openInvoiceDisputeInput),
    defaultValues: { invoiceId, scenario, claim: "" },
  });
  const errorText = useErrorText(form.formState.errors);
  const open = useMutation(
    trpc.dispute.consumer.open.mutationOptions({
      onSuccess: opened,
      onError: (error) => showServerError(form.setError, error, { fields: ["claim"] }),
    }),
  );
  return (
    <ClaimForm
      registration={form.register("claim")}
      length={form.watch("claim").length}
      error={errorText("claim")}
      refusal={errorText("root")}
      pending={open.isPending}
      onSubmit={form.handleSubmit((values: OpenInvoiceDisputeInput) => open.mutate(values))}
    />
  );
}

/** The claim with its length, the form-level refusal and the submit button, for either kind of dispute. */
function ClaimForm(props: {
  registration: UseFormRegisterReturn;
  length: number;
  error?: string;
  refusal?: string;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const t = useTranslations("dispute.open");
  return (
    <form className="flex flex-col gap-2" noValidate onSubmit={props.onSubmit}>
      <TextareaField
        label={t("claim")}
        hint={<span className="tabular-nums">{t("count", { count: props.length })}</span>}
        registration={props.registration}
        error={props.error}
        rows={5}
        maxLength={500}
        placeholder={t("claimPlaceholder")}
      />
      <FormAlert message={props.refusal} />
      <div>
        <SubmitButton pending={props.pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
