"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import type { LocalizedText } from "@/server/domain/errors";
import type { EvidenceReason, SettlementPlan } from "@/server/domain/policies/types";
import { FileUploader } from "../evidence/file-uploader";
import { formatFen } from "../format";
import type { UploadedFile } from "../evidence/uploaded-file";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { errorText, localized } from "./localized";
import { NoFaultFields } from "./no-fault-fields";

export interface PlanFormProps {
  audience: "merchant" | "admin";
  disputeId: string;
  plans: readonly SettlementPlan[];
  noFault: { label: LocalizedText; reasons: readonly EvidenceReason[] } | null;
  /** The order's live invoice: when already issued, "invoice issued" needs no new upload. */
  issuedInvoiceNo: string | null;
  /** Today in the shop's time zone (YYYY-MM-DD): the agreed date must be after it. */
  today: string;
  /** Cancel disputes (DSP-CXL-1..5): which plans can be chosen now and why not, and the refundable amount. */
  cancel?: { availability: Readonly<Record<string, { available: boolean; reason: LocalizedText | null }>>; refundableFen: number } | null;
}

const NO_FAULT = "__no_fault__";
const input = "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";

/** DSP-1: one radio group — a settlement plan or the no-fault evidence plan, never both. */
export function PlanForm(props: PlanFormProps) {
  const t = useTranslations("dispute.plan");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [choice, setChoice] = useState<string>("");
  const [note, setNote] = useState("");
  const [date, setDate] = useState("");
  const [invoiceNo, setInvoiceNo] = useState("");
  const [invoiceFile, setInvoiceFile] = useState<UploadedFile[]>([]);
  const [reason, setReason] = useState("");
  const [statement, setStatement] = useState("");
  const [slots, setSlots] = useState<Record<string, UploadedFile[]>>({});

  const handlers = {
    onSuccess: () => {
      toast.success(t("submitted"));
      router.refresh();
    },
    onError: (error: { message: string }) => toast.error(errorText(error, locale)),
  };
  const asMerchant = useMutation(trpc.dispute.merchant.choosePlan.mutationOptions(handlers));
  const asAdmin = useMutation(trpc.dispute.admin.choosePlan.mutationOptions(handlers));
  const mutation = props.audience === "merchant" ? asMerchant : asAdmin;
  const plan = props.plans.find((p) => p.key === choice);
  const chosenReason = props.noFault?.reasons.find((r) => r.key === reason);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (choice === NO_FAULT) {
      if (!chosenReason) return void toast.error(t("chooseReason"));
      if (statement.trim().length < 5) return void toast.error(t("needStatement"));
      const short = chosenReason.slots.find((s) => (slots[s.key]?.length ?? 0) < s.min);
      if (short) return void toast.error(t("needSlot", { slot: localized(short.label, locale), min: short.min }));
      const evidence = Object.fromEntries(chosenReason.slots.map((s) => [s.key, (slots[s.key] ?? []).map((f) => f.id)]));
      return void mutation.mutate({ disputeId: props.disputeId, kind: "no_fault", reason: chosenReason.key, statement: statement.trim(), evidence });
    }
    if (!plan) return void toast.error(t("pickOne"));
    if (props.cancel && plan.key === "direct_refund" && !window.confirm(t("confirmDirectRefund", { amount: formatFen(props.cancel.refundableFen) }))) return;
    if (props.cancel && plan.key === "intercept_48h" && !window.confirm(t("confirmIntercept"))) return;
    if (plan.requires.note && !note.trim()) return void toast.error(t("needNote"));
    if (plan.requires.futureDate && !date) return void toast.error(t("needDate"));
    const needsUpload = plan.requires.invoice && !props.issuedInvoiceNo;
    if (needsUpload && (!invoiceNo.trim() || !invoiceFile[0])) return void toast.error(t("needInvoice"));
    mutation.mutate({
      disputeId: props.disputeId,
      kind: "settlement",
      plan: plan.key,
      note: note.trim() || undefined,
      date: plan.requires.futureDate ? date : undefined,
      invoiceNo: needsUpload ? invoiceNo.trim() : undefined,
      fileId: needsUpload ? invoiceFile[0]?.id : undefined,
    });
  }

  const radio = (value: string, label: string, hint: string | null, tags: string[], unavailable: string | null = null) => (
    <label
      key={value}
      className={`flex gap-3 rounded-md border p-3 text-sm ${unavailable ? "cursor-not-allowed border-gray-200 bg-gray-50 text-gray-400" : choice === value ? "cursor-pointer border-brand-500 bg-brand-500/5" : "cursor-pointer border-gray-200 hover:bg-gray-50"}`}
    >
      <input type="radio" name="plan" value={value} checked={choice === value} disabled={unavailable !== null} onChange={() => setChoice(value)} className="mt-0.5 accent-brand-500" />
      <span className="flex flex-col gap-0.5">
        <span className="font-medium">
          {label}
          {tags.map((tag) => (
            <span key={tag} className="ml-2 rounded bg-gray-100 px-1 text-xs font-normal text-gray-600">
              {tag}
            </span>
          ))}
        </span>
        {hint ? <span className="text-xs text-gray-500">{hint}</span> : null}
        {unavailable ? <span className="text-xs text-amber-700">{t("unavailable", { reason: unavailable })}</span> : null}
      </span>
    </label>
  );

  return (
    <Card title={t("title")}>
      <form onSubmit={submit} className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2" disabled={mutation.isPending}>
          <legend className="mb-2 text-sm font-medium text-gray-800">{t("choose")}</legend>
          {props.plans.length > 0 ? <p className="text-xs font-medium text-gray-500">{t("settlementGroup")}</p> : null}
          {props.plans.map((p) => {
            const availability = props.cancel?.availability[p.key];
            return radio(
              p.key,
              localized(p.label, locale),
              // Cancel plans tell the merchant what choosing them does at once (DSP-CXL-2..4).
              props.cancel && t.has(`cancelHints.${p.key}`) ? t(`cancelHints.${p.key}`, { amount: formatFen(props.cancel.refundableFen) }) : localized(p.explanation, locale),
              [p.requires.invoice ? t("requiresInvoice") : null, p.requires.futureDate ? t("requiresDate") : null, p.requires.note ? t("requiresNote") : null].filter((x): x is string => x !== null),
              availability && !availability.available ? localized(availability.reason, locale) || "—" : null,
            );
          })}
          {props.cancel && props.plans.length > 0 ? <p className="text-xs text-gray-500">{t("awaitsConsumer")}</p> : null}
          {props.noFault ? <p className="mt-2 text-xs font-medium text-gray-500">{t("noFaultGroup")}</p> : null}
          {props.noFault ? radio(NO_FAULT, localized(props.noFault.label, locale), null, []) : null}
        </fieldset>

        {plan ? (
          <div className="flex flex-col gap-3 rounded-md bg-gray-50 p-3">
            {plan.requires.invoice ? (
              props.issuedInvoiceNo ? (
                <p className="text-sm text-green-800">{t("alreadyIssued", { invoiceNo: props.issuedInvoiceNo })}</p>
              ) : (
                <>
                  <label className="flex flex-col gap-1 text-sm">
                    {t("invoiceNo")}
                    <input className={input} value={invoiceNo} maxLength={40} onChange={(e) => setInvoiceNo(e.target.value)} />
                  </label>
                  <FileUploader purpose="invoice" accept=".pdf,.ofd" value={invoiceFile} onChange={setInvoiceFile} label={t("invoiceFile")} disabled={mutation.isPending} />
                </>
              )
            ) : null}
            {plan.requires.futureDate ? (
              <label className="flex flex-col gap-1 text-sm">
                {t("date")}
                <input type="date" className={`${input} max-w-48`} value={date} min={nextDay(props.today)} onChange={(e) => setDate(e.target.value)} />
                <span className="text-xs text-gray-500">{t("dateHint")}</span>
              </label>
            ) : null}
            <label className="flex flex-col gap-1 text-sm">
              {t("note")}
              {plan.requires.note ? " *" : ""}
              <textarea className={input} rows={3} maxLength={500} value={note} placeholder={t("notePlaceholder")} onChange={(e) => setNote(e.target.value)} />
            </label>
          </div>
        ) : null}

        {choice === NO_FAULT && props.noFault ? (
          <NoFaultFields
            reasons={props.noFault.reasons}
            reason={reason}
            onReason={setReason}
            statement={statement}
            onStatement={setStatement}
            slots={slots}
            onSlots={setSlots}
            disabled={mutation.isPending}
          />
        ) : null}

        <div>
          <Button type="submit" disabled={mutation.isPending || !choice}>
            {mutation.isPending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
