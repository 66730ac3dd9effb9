"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { liableParties, remedyKinds, type LiableParty, type RemedyKind } from "@/server/domain/dispute";
import type { RuleClause, RuleId } from "@/server/domain/policies/rule-clauses";
import { errorText, localized, yuanToFen } from "../disputes/localized";
import { formatFen } from "../format";
import { Button } from "../ui/button";
import { Card } from "../ui/card";

const field = "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm disabled:bg-gray-50";

export interface JudgmentFormProps {
  kind: "dispute" | "work_order";
  id: string;
  review: boolean;
  orderAmountFen: number;
  clauses: RuleClause[];
  notReceived?: boolean;
}

/** "" → 0 for the work-order amounts (both optional); a bad amount → null. */
const optionalFen = (text: string) => (text.trim() === "" ? 0 : yuanToFen(text));

/**
 * DSP-5 (and WO-TM-4/5 for work orders): liable party, remedy — a dispute's refund,
 * compensation or none with its amount; a work order's refund and compensation — the reasons
 * both parties see, the rule IDs cited (at least one), and an internal note. Final once
 * submitted. If another admin judged first, the server says who and the page reloads to show it.
 */
export function JudgmentForm(props: JudgmentFormProps) {
  const t = useTranslations("adjudication.judge");
  const td = useTranslations("dispute");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [liable, setLiable] = useState<LiableParty | null>(null);
  const [remedy, setRemedy] = useState<RemedyKind>("none");
  const [amount, setAmount] = useState("");
  const [refund, setRefund] = useState("");
  const [compensation, setCompensation] = useState("");
  const [reason, setReason] = useState("");
  const [rules, setRules] = useState<RuleId[]>([]);
  const [internalNote, setInternalNote] = useState("");
  const formId = useId();

  const onSuccess = async () => {
    toast.success(t("done"));
    await queryClient.invalidateQueries({ queryKey: trpc.adjudication.queue.pathKey() });
    router.refresh();
  };
  const onError = (error: unknown) => {
    const message = error instanceof Error ? errorText(error, locale) : String(error);
    if (error instanceof TRPCClientError && error.data?.code === "CONFLICT") {
      toast.error(t("conflictTitle"), { description: message, duration: 10_000 });
      router.refresh();
      return;
    }
    toast.error(message);
  };
  const judge = useMutation(trpc.adjudication.judgeDispute.mutationOptions({ onSuccess, onError }));
  const decide = useMutation(trpc.adjudication.decideWorkOrder.mutationOptions({ onSuccess, onError }));
  const busy = judge.isPending || decide.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!liable) return void toast.error(t("needLiable"));
    if (reason.trim().length < 5) return void toast.error(t("needReason"));
    if (rules.length === 0) return void toast.error(t("needRules"));
    const internal = internalNote.trim() || undefined;
    if (props.kind === "dispute") {
      const amountFen = remedy === "none" ? undefined : yuanToFen(amount);
      if (amountFen === null || (remedy !== "none" && (amountFen ?? 0) <= 0)) return void toast.error(t("needAmount"));
      if (!window.confirm(t("confirm"))) return;
      judge.mutate({ disputeId: props.id, liableParty: liable, remedy, amountFen, reason: reason.trim(), rules, internalNote: internal });
      return;
    }
    const refundFen = optionalFen(refund);
    const compensationFen = optionalFen(compensation);
    if (refundFen === null || compensationFen === null) return void toast.error(t("badAmount"));
    if (!window.confirm(t("confirm"))) return;
    decide.mutate({ workOrderId: props.id, liableParty: liable, refundFen, compensationFen, reason: reason.trim(), rules, internalNote: internal });
  }

  const toggleRule = (id: RuleId) => setRules((prev) => (prev.includes(id) ? prev.filter((r) => r !== id) : [...prev, id]));
  const radio = <T extends string>(name: string, values: readonly T[], value: T | null, set: (v: T) => void, label: (v: T) => string) => (
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
    <Card title={props.review ? t("titleReview") : t("title")} className="border-purple-300">
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate data-testid="judgment-form">
        {props.notReceived ? <p className="text-xs text-gray-600">{t("notReceivedHint")}</p> : null}
        <fieldset className="flex flex-col gap-1.5" disabled={busy}>
          <legend className="mb-1 text-sm font-medium">{t("liable")}</legend>
          {radio("liable", liableParties, liable, setLiable, (v) => td(`parties.${v}`))}
        </fieldset>
        {props.kind === "dispute" ? (
          <>
            <fieldset className="flex flex-col gap-1.5" disabled={busy}>
              <legend className="mb-1 text-sm font-medium">{t("remedy")}</legend>
              {radio("remedy", remedyKinds, remedy, setRemedy, (v) => td(`remedies.${v}`))}
            </fieldset>
            {remedy === "none" ? null : (
              <label className="flex flex-col gap-1 text-sm">
                {t("amount")}
                <input className={`${field} max-w-48 tabular-nums`} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="0.00" disabled={busy} />
              </label>
            )}
          </>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="flex flex-col gap-1 text-sm">
              {t("refund")}
              <input className={`${field} tabular-nums`} inputMode="decimal" value={refund} onChange={(e) => setRefund(e.target.value)} placeholder="0.00" disabled={busy} />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              {t("compensation")}
              <input className={`${field} tabular-nums`} inputMode="decimal" value={compensation} onChange={(e) => setCompensation(e.target.value)} placeholder="0.00" disabled={busy} />
            </label>
          </div>
        )}
        <p className="-mt-2 text-xs text-gray-500">{t("amountHint", { amount: formatFen(props.orderAmountFen) })}</p>
        <label className="flex flex-col gap-1 text-sm">
          {t("reason")}
          <textarea className={field} rows={4} maxLength={1000} value={reason} placeholder={t("reasonPlaceholder")} onChange={(e) => setReason(e.target.value)} disabled={busy} />
        </label>
        <fieldset className="flex flex-col gap-1" disabled={busy}>
          <legend className="mb-1 text-sm font-medium">{t("rules")}</legend>
          {props.clauses.map((c) => (
            // The checkbox is named by its rule ID alone; the clause's wording describes it.
            <label key={c.id} className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-gray-50" title={localized(c.text, locale)}>
              <input
                type="checkbox"
                checked={rules.includes(c.id)}
                onChange={() => toggleRule(c.id)}
                aria-labelledby={`${formId}-rule-${c.id}`}
                aria-describedby={`${formId}-text-${c.id}`}
                className="mt-0.5 accent-brand-500"
              />
              <span>
                <span id={`${formId}-rule-${c.id}`} className="font-mono text-xs font-semibold">
                  {c.id}
                </span>{" "}
                <span id={`${formId}-text-${c.id}`} className="line-clamp-2 text-xs text-gray-600">
                  {localized(c.text, locale)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col gap-1 text-sm">
          {t("internalNote")}
          <textarea className={`${field} bg-purple-50/40`} rows={2} maxLength={1000} value={internalNote} onChange={(e) => setInternalNote(e.target.value)} disabled={busy} />
        </label>
        <p className="text-xs text-gray-500">{t("effects")}</p>
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? t("submitting") : props.review ? t("submitReview") : t("submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
