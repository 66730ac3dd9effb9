"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "../ui/button";
import { errorText } from "./localized";

type Target = { invoiceId: string; scenario: "invoice_refused" | "invoice_urged"; orderId?: never } | { orderId: string; invoiceId?: never; scenario?: never };

/** DSP-1: the consumer states a claim (5–500 characters) and opens the dispute (on an invoice, or a cancel dispute on an order). */
export function OpenDisputeForm(target: Target) {
  const t = useTranslations("dispute.open");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [claim, setClaim] = useState("");
  const handlers = {
    onSuccess: (result: { id: string }) => {
      toast.success(t("opened"));
      router.push(`/disputes/${result.id}`);
    },
    onError: (error: { message: string }) => toast.error(errorText(error, locale)),
  };
  const openInvoice = useMutation(trpc.dispute.consumer.open.mutationOptions(handlers));
  const openCancel = useMutation(trpc.dispute.consumer.openCancel.mutationOptions(handlers));
  const pending = openInvoice.isPending || openCancel.isPending;
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (claim.trim().length < 5) return void toast.error(t("needClaim"));
        if (target.orderId !== undefined) openCancel.mutate({ orderId: target.orderId, claim: claim.trim() });
        else openInvoice.mutate({ invoiceId: target.invoiceId, scenario: target.scenario, claim: claim.trim() });
      }}
    >
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("claim")}
        <textarea
          className="w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm font-normal"
          rows={5}
          maxLength={500}
          value={claim}
          placeholder={t("claimPlaceholder")}
          onChange={(e) => setClaim(e.target.value)}
        />
      </label>
      <span className="self-end text-xs text-gray-400 tabular-nums">{t("count", { count: claim.length })}</span>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
