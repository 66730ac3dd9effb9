"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { liableParties, remedyKinds, type LiableParty, type RemedyKind } from "@/server/domain/dispute";
import { formatFen } from "../format";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { errorText, yuanToFen } from "./localized";

const input = "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";

/** DSP-5: liable party, remedy, amount (yuan in, fen out), reasons; final once submitted. */
export function JudgeForm({ disputeId, orderAmountFen }: { disputeId: string; orderAmountFen: number }) {
  const t = useTranslations("dispute");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [liable, setLiable] = useState<LiableParty>("merchant");
  const [remedy, setRemedy] = useState<RemedyKind>("none");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [internalNote, setInternalNote] = useState("");
  const judge = useMutation(
    trpc.dispute.admin.judge.mutationOptions({
      onSuccess: () => {
        toast.success(t("judge.done"));
        router.refresh();
      },
      onError: (error) => toast.error(errorText(error, locale)),
    }),
  );

  function submit() {
    const amountFen = remedy === "none" ? undefined : yuanToFen(amount);
    if (remedy !== "none" && (amountFen === null || amountFen === undefined || amountFen <= 0)) return void toast.error(t("judge.needAmount"));
    if (reason.trim().length < 5) return void toast.error(t("judge.needReason"));
    if (!window.confirm(t("judge.confirm"))) return;
    judge.mutate({ disputeId, liableParty: liable, remedy, amountFen: amountFen ?? undefined, reason: reason.trim(), internalNote: internalNote.trim() || undefined });
  }

  const choice = <T extends string>(name: string, values: readonly T[], value: T, set: (v: T) => void, label: (v: T) => string) => (
    <div className="flex flex-wrap gap-2">
      {values.map((v) => (
        <label key={v} className={`flex cursor-pointer items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm ${value === v ? "border-brand-500 bg-brand-500/5" : "border-gray-200"}`}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => set(v)} className="accent-brand-500" />
          {label(v)}
        </label>
      ))}
    </div>
  );

  return (
    <Card title={t("judge.title")} className="border-purple-300">
      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset className="flex flex-col gap-1.5" disabled={judge.isPending}>
          <legend className="mb-1 text-sm font-medium">{t("judge.liable")}</legend>
          {choice("liable", liableParties, liable, setLiable, (v) => t(`parties.${v}`))}
        </fieldset>
        <fieldset className="flex flex-col gap-1.5" disabled={judge.isPending}>
          <legend className="mb-1 text-sm font-medium">{t("judge.remedy")}</legend>
          {choice("remedy", remedyKinds, remedy, setRemedy, (v) => t(`remedies.${v}`))}
        </fieldset>
        {remedy === "none" ? null : (
          <label className="flex flex-col gap-1 text-sm">
            {t("judge.amount")}
            <input className={`${input} max-w-48 tabular-nums`} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="0.00" />
            <span className="text-xs text-gray-500">{t("judge.amountHint", { amount: formatFen(orderAmountFen) })}</span>
          </label>
        )}
        <label className="flex flex-col gap-1 text-sm">
          {t("judge.reason")}
          <textarea className={input} rows={4} maxLength={1000} value={reason} placeholder={t("judge.reasonPlaceholder")} onChange={(e) => setReason(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("judge.internalNote")}
          <textarea className={`${input} bg-purple-50/40`} rows={2} maxLength={1000} value={internalNote} onChange={(e) => setInternalNote(e.target.value)} />
        </label>
        <div>
          <Button type="submit" disabled={judge.isPending}>
            {judge.isPending ? t("judge.submitting") : t("judge.submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
