"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FileCheck2, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC, useTRPCClient } from "@/app/_trpc/client";
import { REFUSE_REASON_MAX } from "@/server/services/invoices/invoice-fields-input";
import { issueInvoiceInput, type IssueInvoiceInput } from "@/server/services/invoices/issue-invoice-input";
import { refuseInvoiceInput, type RefuseInvoiceInput } from "@/server/services/invoices/refuse-invoice-input";
import { Card } from "../ui/card";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField, TextField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { useErrorText } from "../ui/form/use-error-text";

export type InvoicingAudience = "merchant" | "admin";

/** After a decision: the stale error toast goes, the server-rendered page refreshes and the cached lists drop. */
function useAfterDecision(invoiceId: string, audience: InvoicingAudience) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const toast = feedbackToast(`invoice-decision-${invoiceId}`);
  return (message: string) => {
    toast.success(message);
    router.refresh();
    void queryClient.invalidateQueries({
      queryKey: (audience === "merchant" ? trpc.invoice.merchant.list : trpc.invoice.admin.list).pathKey(),
    });
  };
}

/**
 * INV-2: issue (number + uploaded PDF/OFD) or refuse (reason). The merchant uses it for its SOP
 * shop's requests, admins for FBP requests (SHOP-1); the server checks both again.
 */
export function InvoiceDecisionForms({ invoiceId, audience }: { invoiceId: string; audience: InvoicingAudience }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <IssueForm invoiceId={invoiceId} audience={audience} />
      <RefuseForm invoiceId={invoiceId} audience={audience} />
    </div>
  );
}

function IssueForm({ invoiceId, audience }: { invoiceId: string; audience: InvoicingAudience }) {
  const t = useTranslations("invoice.issue");
  const client = useTRPCClient();
  const afterDecision = useAfterDecision(invoiceId, audience);
  const form = useForm({ resolver: zodResolver(issueInvoiceInput), defaultValues: { invoiceId, invoiceNo: "" } });
  const errorText = useErrorText(form.formState.errors, { fileId: t("needFile") });
  const issue = useMutation({
    mutationFn: (input: IssueInvoiceInput) =>
      audience === "merchant" ? client.invoice.merchant.issue.mutate(input) : client.invoice.admin.issue.mutate(input),
    onSuccess: () => afterDecision(t("success")),
    onError: (error) =>
      showServerError(form.setError, error, {
        fields: ["invoiceNo", "fileId"],
        codes: { INVOICE_FILE_REQUIRED: "fileId" },
      }),
  });
  return (
    <Card title={t("title")}>
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={form.handleSubmit((values: IssueInvoiceInput) => issue.mutate(values))}
      >
        <TextField
          label={t("invoiceNo")}
          registration={form.register("invoiceNo")}
          error={errorText("invoiceNo")}
          inputMode="numeric"
          maxLength={24}
          placeholder={t("invoiceNoPlaceholder")}
          controlClassName="font-mono"
        />
        <UploadField
          control={form.control}
          name="fileId"
          oneId
          purpose="invoice"
          accept=".pdf,.ofd"
          label={t("file")}
          error={errorText("fileId")}
          disabled={issue.isPending}
        />
        <FormAlert message={errorText("root")} />
        <div>
          <SubmitButton
            pending={issue.isPending}
            pendingLabel={t("submitting")}
            icon={<FileCheck2 className="size-4" aria-hidden />}
          >
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
    </Card>
  );
}

function RefuseForm({ invoiceId, audience }: { invoiceId: string; audience: InvoicingAudience }) {
  const t = useTranslations("invoice.refuse");
  const client = useTRPCClient();
  const afterDecision = useAfterDecision(invoiceId, audience);
  const form = useForm({ resolver: zodResolver(refuseInvoiceInput), defaultValues: { invoiceId, reason: "" } });
  const errorText = useErrorText(form.formState.errors);
  const refuse = useMutation({
    mutationFn: (input: RefuseInvoiceInput) =>
      audience === "merchant"
        ? client.invoice.merchant.refuse.mutate(input)
        : client.invoice.admin.refuse.mutate(input),
    onSuccess: () => afterDecision(t("success")),
    onError: (error) => showServerError(form.setError, error, { fields: ["reason"] }),
  });
  const length = form.watch("reason").trim().length;
  return (
    <Card title={t("title")}>
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={form.handleSubmit((values: RefuseInvoiceInput) => refuse.mutate(values))}
      >
        <TextareaField
          label={t("reason")}
          hint={<span className="tabular-nums">{`${length}/${REFUSE_REASON_MAX}`}</span>}
          registration={form.register("reason")}
          error={errorText("reason")}
          maxLength={REFUSE_REASON_MAX + 20}
          placeholder={t("reasonPlaceholder")}
          controlClassName="min-h-24"
        />
        <p className="text-xs text-amber-700">{t("warning")}</p>
        <FormAlert message={errorText("root")} />
        <div>
          <SubmitButton
            variant="secondary"
            pending={refuse.isPending}
            pendingLabel={t("submitting")}
            icon={<XCircle className="size-4" aria-hidden />}
          >
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
    </Card>
  );
}
