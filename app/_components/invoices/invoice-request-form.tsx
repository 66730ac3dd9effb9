"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { invoiceTypes } from "@/server/domain/invoice";
import { TITLE_MAX } from "@/server/services/invoices/invoice-fields-input";
import { requestInvoiceInput, type RequestInvoiceInput } from "@/server/services/invoices/request-invoice-input";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

/** INV-1: the consumer's request form (type, title, optional tax ID) on the order page, checked by the verb's schema. */
export function InvoiceRequestForm({ orderId, supplementary }: { orderId: string; supplementary: boolean }) {
  const t = useTranslations("invoice");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`invoice-request-${orderId}`);
  // The everyday invoice is the default; it commits to nothing the consumer cannot change later.
  const form = useForm({
    resolver: zodResolver(requestInvoiceInput),
    defaultValues: { orderId, title: "", taxId: "", invoiceType: "electronic_normal" },
  });
  const errorText = useErrorText(form.formState.errors);
  const request = useMutation(
    trpc.invoice.consumer.request.mutationOptions({
      onSuccess: ({ id }) => {
        toast.success(t("request.success"));
        router.push(`/invoices/${id}`);
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["title", "taxId", "invoiceType"] }),
    }),
  );

  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      onSubmit={form.handleSubmit((values: RequestInvoiceInput) => request.mutate(values))}
    >
      {supplementary ? (
        <p className="rounded bg-purple-50 px-2 py-1.5 text-xs text-purple-800">{t("supplementaryNote")}</p>
      ) : null}
      <RadioGroupField
        legend={t("fields.type")}
        layout="inline"
        registration={form.register("invoiceType")}
        selected={form.watch("invoiceType")}
        options={invoiceTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        error={errorText("invoiceType")}
      />
      <TextField
        label={t("fields.title")}
        registration={form.register("title")}
        error={errorText("title")}
        maxLength={TITLE_MAX + 20}
        placeholder={t("request.titlePlaceholder")}
      />
      <TextField
        label={t("fields.taxId")}
        registration={form.register("taxId")}
        error={errorText("taxId")}
        maxLength={24}
        autoCapitalize="characters"
        placeholder={t("request.taxIdPlaceholder")}
        controlClassName="font-mono uppercase"
      />
      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={request.isPending} pendingLabel={t("request.submitting")}>
          {t("request.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
