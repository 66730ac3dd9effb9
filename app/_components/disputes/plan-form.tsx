"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import type { LocalizedText } from "@/server/domain/errors";
import type { EvidenceReason, SettlementPlan } from "@/server/domain/policies/types";
import type { ChoosePlanInput } from "@/server/services/disputes/choose-dispute-plan-input";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Card } from "../ui/card";
import { useConfirm, type ConfirmRequest } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField, type RadioOption } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField, TextField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { useErrorText } from "../ui/form/use-error-text";
import { localized } from "./localized";
import { NoFaultFields } from "./no-fault-fields";
import { planFormSchema, type PlanFormInput } from "./plan-form-schema";

export interface PlanFormProps {
  audience: "merchant" | "admin";
  disputeId: string;
  plans: readonly SettlementPlan[];
  noFault: { label: LocalizedText; reasons: readonly EvidenceReason[] } | null;
  /** The order's live invoice: when already issued, "invoice issued" needs no new upload. */
  issuedInvoiceNo: string | null;
  /** Today in the shop's time zone (YYYY-MM-DD): the agreed date must be after it. */
  today: string;
  /** Who a refund goes to, for the confirmation to name. */
  consumerName: string;
  /** Cancel disputes (DSP-CXL-1..5): which plans can be chosen now and why not, and the refundable amount. */
  cancel?: {
    availability: Readonly<Record<string, { available: boolean; reason: LocalizedText | null }>>;
    refundableFen: number;
  } | null;
}

const NO_FAULT = "__no_fault__";

/** DSP-1: one radio group — a settlement plan or the no-fault evidence plan, never both — then what the choice needs. */
export function PlanForm(props: PlanFormProps) {
  const t = useTranslations("dispute.plan");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`plan-${props.disputeId}`);
  const { confirm, dialog } = useConfirm();
  const submission = useSubmissionKey();
  const [choice, setChoice] = useState("");
  const schema = useMemo(
    () =>
      planFormSchema({
        plans: props.plans,
        reasons: props.noFault?.reasons ?? [],
        invoiceIssued: props.issuedInvoiceNo !== null,
        needs: {
          note: t("needNote"),
          date: t("needDate"),
          invoiceFile: t("needInvoice"),
          slot: (slot) => t("needSlot", { slot: localized(slot.label, locale), min: slot.min }),
        },
      }),
    [props.plans, props.noFault, props.issuedInvoiceNo, t, locale],
  );
  const form = useForm<PlanFormInput, unknown, ChoosePlanInput>({
    resolver: zodResolver(schema),
    defaultValues: { disputeId: props.disputeId },
  });
  const { register, control, formState } = form;
  const errorText = useErrorText(formState.errors, {
    kind: t("pickOne"),
    plan: t("pickOne"),
    reason: t("chooseReason"),
    date: t("needDate"),
  });
  const handlers = {
    onSuccess: () => {
      toast.success(t("submitted"));
      router.refresh();
    },
    onError: (error: unknown) =>
      showServerError(form.setError, error, {
        fields: ["note", "date", "invoiceNo", "fileId", "reason", "statement"],
        codes: {
          NOTE_REQUIRED: "note",
          DATE_REQUIRED: "date",
          DATE_NOT_IN_FUTURE: "date",
          INVOICE_REQUIRED: "invoiceNo",
          UNKNOWN_REASON: "reason",
        },
      }),
  };
  const asMerchant = useMutation(trpc.dispute.merchant.choosePlan.mutationOptions(handlers));
  const asAdmin = useMutation(trpc.dispute.admin.choosePlan.mutationOptions(handlers));
  const mutation = props.audience === "merchant" ? asMerchant : asAdmin;
  const busy = mutation.isPending;
  const plan = props.plans.find((p) => p.key === choice);
  const needsUpload = plan?.requires.invoice === true && props.issuedInvoiceNo === null;

  function choose(value: string) {
    setChoice(value);
    form.reset(
      value === NO_FAULT
        ? { disputeId: props.disputeId, kind: "no_fault", statement: "", evidence: {} }
        : { disputeId: props.disputeId, kind: "settlement", plan: value, note: "" },
    );
  }

  /** DSP-CXL-2/4: the cancel plans that move money or start the clock name what they do. */
  function consequenceOf(key: string): ConfirmRequest | null {
    if (!props.cancel) return null;
    const values = { amount: formatFen(props.cancel.refundableFen), consumer: props.consumerName };
    if (key === "direct_refund")
      return {
        title: t("confirmDirectRefundTitle"),
        consequence: t("confirmDirectRefund", values),
        confirmLabel: t("confirmDirectRefundAction", values),
      };
    if (key === "intercept_48h")
      return {
        title: t("confirmInterceptTitle"),
        consequence: t("confirmIntercept", values),
        confirmLabel: t("confirmInterceptAction"),
        tone: "primary",
      };
    return null;
  }

  async function submit(values: ChoosePlanInput) {
    if (values.kind === "settlement") {
      const request = consequenceOf(values.plan);
      if (request && !(await confirm(request))) return;
      const settlement = { ...values, note: values.note || undefined };
      return void mutation.mutate({ ...settlement, idempotencyKey: submission.key() }, { onSuccess: submission.renew });
    }
    const reason = props.noFault?.reasons.find((r) => r.key === values.reason);
    const evidence = Object.fromEntries((reason?.slots ?? []).map((s) => [s.key, values.evidence[s.key] ?? []]));
    mutation.mutate({ ...values, evidence, idempotencyKey: submission.key() }, { onSuccess: submission.renew });
  }

  const options: RadioOption<string>[] = props.plans.map((p, index) => {
    const availability = props.cancel?.availability[p.key];
    const tags = [
      p.requires.invoice ? t("requiresInvoice") : null,
      p.requires.futureDate ? t("requiresDate") : null,
      p.requires.note ? t("requiresNote") : null,
    ];
    return {
      value: p.key,
      label: localized(p.label, locale),
      heading: index === 0 ? t("settlementGroup") : undefined,
      // Cancel plans tell the merchant what choosing them does at once (DSP-CXL-2..4).
      hint:
        props.cancel && t.has(`cancelHints.${p.key}`)
          ? t(`cancelHints.${p.key}`, { amount: formatFen(props.cancel.refundableFen) })
          : localized(p.explanation, locale),
      tags: tags.filter((x): x is string => x !== null),
      unavailable:
        availability && !availability.available
          ? t("unavailable", { reason: localized(availability.reason, locale) || "—" })
          : undefined,
    };
  });
  if (props.noFault)
    options.push({ value: NO_FAULT, label: localized(props.noFault.label, locale), heading: t("noFaultGroup") });

  return (
    <Card title={t("title")}>
      <form onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-4" noValidate>
        <RadioGroupField
          legend={t("choose")}
          name="plan"
          selected={choice}
          onChoose={choose}
          options={options}
          error={errorText("kind") ?? errorText("plan")}
          disabled={busy}
          footer={
            props.cancel && props.plans.length > 0 ? (
              <p className="text-xs text-gray-500">{t("awaitsConsumer")}</p>
            ) : null
          }
        />

        {plan ? (
          <div className="flex flex-col gap-3 rounded-md bg-gray-50 p-3">
            {plan.requires.invoice && props.issuedInvoiceNo !== null ? (
              <p className="text-sm text-green-800">{t("alreadyIssued", { invoiceNo: props.issuedInvoiceNo })}</p>
            ) : null}
            {needsUpload ? (
              <>
                <TextField
                  label={t("invoiceNo")}
                  registration={register("invoiceNo", { shouldUnregister: true })}
                  error={errorText("invoiceNo")}
                  maxLength={40}
                  disabled={busy}
                />
                <UploadField
                  control={control}
                  name="fileId"
                  oneId
                  purpose="invoice"
                  accept=".pdf,.ofd"
                  label={t("invoiceFile")}
                  error={errorText("fileId")}
                  disabled={busy}
                />
              </>
            ) : null}
            {plan.requires.futureDate ? (
              <TextField
                type="date"
                label={t("date")}
                hint={t("dateHint")}
                registration={register("date", { shouldUnregister: true })}
                error={errorText("date")}
                min={nextDay(props.today)}
                controlClassName="max-w-48"
                disabled={busy}
              />
            ) : null}
            <TextareaField
              label={`${t("note")}${plan.requires.note ? " *" : ""}`}
              registration={register("note")}
              error={errorText("note")}
              rows={3}
              maxLength={500}
              placeholder={t("notePlaceholder")}
              disabled={busy}
            />
          </div>
        ) : null}

        {choice === NO_FAULT && props.noFault ? (
          <NoFaultFields form={form} reasons={props.noFault.reasons} errorText={errorText} disabled={busy} />
        ) : null}

        <FormAlert message={errorText("root")} />
        <div>
          <SubmitButton pending={busy} pendingLabel={t("submitting")}>
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
      {dialog}
    </Card>
  );
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
