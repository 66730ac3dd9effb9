"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { invoiceTypes, type InvoiceType } from "@/server/domain/invoice";
import { normalizeTaxId, TAX_ID, TITLE_MAX } from "@/server/services/invoices/invoice-fields";
import { Button } from "../ui/button";

const field = "w-full rounded-md border border-gray-300 bg-white px-2.5 py-1.5 text-sm aria-invalid:border-red-500";

type Errors = Partial<Record<"title" | "taxId", string>>;

/** INV-1: the consumer's request form (title, optional tax ID, type) on the order page. */
export function InvoiceRequestForm({ orderId, supplementary }: { orderId: string; supplementary: boolean }) {
  const t = useTranslations("invoice");
  const trpc = useTRPC();
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [taxId, setTaxId] = useState("");
  const [invoiceType, setInvoiceType] = useState<InvoiceType>("electronic_normal");
  const [errors, setErrors] = useState<Errors>({});
  const request = useMutation(
    trpc.invoice.consumer.request.mutationOptions({
      onSuccess: ({ id }) => {
        toast.success(t("request.success"));
        router.push(`/invoices/${id}`);
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  function validate(): Errors {
    const next: Errors = {};
    const trimmed = title.trim();
    if (!trimmed) next.title = t("request.errors.titleRequired");
    else if (trimmed.length > TITLE_MAX) next.title = t("request.errors.titleTooLong");
    const tax = normalizeTaxId(taxId);
    if (tax && !TAX_ID.test(tax)) next.taxId = t("request.errors.taxIdFormat");
    else if (!tax && invoiceType === "vat_special") next.taxId = t("request.errors.taxIdRequired");
    return next;
  }

  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = validate();
        setErrors(found);
        if (Object.keys(found).length > 0 || request.isPending) return;
        request.mutate({ orderId, title: title.trim(), taxId: normalizeTaxId(taxId), invoiceType });
      }}
    >
      {supplementary ? <p className="rounded bg-purple-50 px-2 py-1.5 text-xs text-purple-800">{t("supplementaryNote")}</p> : null}
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 text-xs text-gray-600">{t("fields.type")}</legend>
        {invoiceTypes.map((type) => (
          <label key={type} className="inline-flex items-center gap-1.5">
            <input type="radio" name="invoiceType" value={type} checked={invoiceType === type} onChange={() => setInvoiceType(type)} />
            {t(`types.${type}`)}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1 text-xs text-gray-600">
        {t("fields.title")}
        <input
          className={field}
          value={title}
          maxLength={TITLE_MAX + 20}
          placeholder={t("request.titlePlaceholder")}
          aria-invalid={errors.title ? true : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {errors.title ? <span className="text-red-600">{errors.title}</span> : null}
      </label>
      <label className="flex flex-col gap-1 text-xs text-gray-600">
        {t("fields.taxId")}
        <input
          className={`${field} font-mono uppercase`}
          value={taxId}
          maxLength={24}
          autoCapitalize="characters"
          placeholder={t("request.taxIdPlaceholder")}
          aria-invalid={errors.taxId ? true : undefined}
          onChange={(e) => setTaxId(e.target.value)}
        />
        {errors.taxId ? <span className="text-red-600">{errors.taxId}</span> : null}
      </label>
      <div>
        <Button type="submit" disabled={request.isPending}>
          {request.isPending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
          {request.isPending ? t("request.submitting") : t("request.submit")}
        </Button>
      </div>
    </form>
  );
}
