"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FileCheck2, Loader2, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC, useTRPCClient } from "@/app/_trpc/client";
import { INVOICE_NO, REFUSE_REASON_MAX, REFUSE_REASON_MIN } from "@/server/services/invoices/invoice-fields";
import { FileUploader } from "../evidence/file-uploader";
import type { UploadedFile } from "../evidence/uploaded-file";
import { Button } from "../ui/button";
import { Card } from "../ui/card";

export type InvoicingAudience = "merchant" | "admin";

const field = "w-full rounded-md border border-gray-300 bg-white px-2.5 py-1.5 text-sm aria-invalid:border-red-500";

/** After a decision: refresh the server-rendered page and drop the cached lists. */
function useAfterDecision(audience: InvoicingAudience) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  return () => {
    router.refresh();
    void queryClient.invalidateQueries({ queryKey: (audience === "merchant" ? trpc.invoice.merchant.list : trpc.invoice.admin.list).pathKey() });
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
  const afterDecision = useAfterDecision(audience);
  const [invoiceNo, setInvoiceNo] = useState("");
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [touched, setTouched] = useState(false);
  const issue = useMutation({
    mutationFn: (input: { invoiceId: string; invoiceNo: string; fileId: string }) =>
      audience === "merchant" ? client.invoice.merchant.issue.mutate(input) : client.invoice.admin.issue.mutate(input),
    onSuccess: () => {
      toast.success(t("success"));
      afterDecision();
    },
    onError: (error) => toast.error(error.message),
  });
  const number = invoiceNo.trim();
  const numberValid = INVOICE_NO.test(number);
  const file = files[0];
  const ready = numberValid && file !== undefined && !issue.isPending;
  return (
    <Card title={t("title")}>
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready || !file) return;
          issue.mutate({ invoiceId, invoiceNo: number, fileId: file.id });
        }}
      >
        <label className="flex flex-col gap-1 text-xs text-gray-600">
          {t("invoiceNo")}
          <input
            className={`${field} font-mono`}
            inputMode="numeric"
            value={invoiceNo}
            maxLength={24}
            placeholder={t("invoiceNoPlaceholder")}
            aria-invalid={touched && !numberValid ? true : undefined}
            onBlur={() => setTouched(true)}
            onChange={(e) => setInvoiceNo(e.target.value)}
          />
          {touched && number && !numberValid ? <span className="text-red-600">{t("invoiceNoFormat")}</span> : null}
        </label>
        <FileUploader purpose="invoice" accept=".pdf,.ofd" value={files} onChange={setFiles} label={t("file")} disabled={issue.isPending} />
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={!ready}>
            {issue.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <FileCheck2 className="size-4" aria-hidden />}
            {issue.isPending ? t("submitting") : t("submit")}
          </Button>
          {!ready && !issue.isPending ? <span className="text-xs text-gray-500">{t("needBoth")}</span> : null}
        </div>
      </form>
    </Card>
  );
}

function RefuseForm({ invoiceId, audience }: { invoiceId: string; audience: InvoicingAudience }) {
  const t = useTranslations("invoice.refuse");
  const client = useTRPCClient();
  const afterDecision = useAfterDecision(audience);
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const refuse = useMutation({
    mutationFn: (input: { invoiceId: string; reason: string }) =>
      audience === "merchant" ? client.invoice.merchant.refuse.mutate(input) : client.invoice.admin.refuse.mutate(input),
    onSuccess: () => {
      toast.success(t("success"));
      afterDecision();
    },
    onError: (error) => toast.error(error.message),
  });
  const trimmed = reason.trim();
  const valid = trimmed.length >= REFUSE_REASON_MIN && trimmed.length <= REFUSE_REASON_MAX;
  return (
    <Card title={t("title")}>
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!valid || refuse.isPending) return;
          refuse.mutate({ invoiceId, reason: trimmed });
        }}
      >
        <label className="flex flex-col gap-1 text-xs text-gray-600">
          {t("reason")}
          <textarea
            className={`${field} min-h-24`}
            value={reason}
            maxLength={REFUSE_REASON_MAX + 20}
            placeholder={t("reasonPlaceholder")}
            aria-invalid={touched && !valid ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          <span className={`flex justify-between ${touched && !valid ? "text-red-600" : "text-gray-400"}`}>
            <span>{touched && !valid ? t("reasonLength") : ""}</span>
            <span className="tabular-nums">
              {trimmed.length}/{REFUSE_REASON_MAX}
            </span>
          </span>
        </label>
        <p className="text-xs text-amber-700">{t("warning")}</p>
        <div>
          <Button type="submit" variant="secondary" disabled={refuse.isPending}>
            {refuse.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <XCircle className="size-4" aria-hidden />}
            {refuse.isPending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
