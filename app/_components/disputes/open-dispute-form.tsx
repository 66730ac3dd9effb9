"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "../ui/button";
import { errorText } from "./localized";

/** DSP-1: the consumer states a claim (5–500 characters) and opens the dispute. */
export function OpenDisputeForm({ invoiceId, scenario }: { invoiceId: string; scenario: "invoice_refused" | "invoice_urged" }) {
  const t = useTranslations("dispute.open");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [claim, setClaim] = useState("");
  const open = useMutation(
    trpc.dispute.consumer.open.mutationOptions({
      onSuccess: (result) => {
        toast.success(t("opened"));
        router.push(`/disputes/${result.id}`);
      },
      onError: (error) => toast.error(errorText(error, locale)),
    }),
  );
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (claim.trim().length < 5) return void toast.error(t("needClaim"));
        open.mutate({ invoiceId, scenario, claim: claim.trim() });
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
        <Button type="submit" disabled={open.isPending}>
          {open.isPending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
