"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { liableParties, remedyKinds, type LiableParty } from "@/server/domain/dispute";
import type { RuleClause } from "@/server/domain/policies/rule-clauses";
import { judgeDisputeInput, type JudgeDisputeInput } from "@/server/services/disputes/judge-dispute-input";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Card } from "../ui/card";
import { useConfirm } from "../ui/confirm-dialog";
import { FormAlert } from "../ui/form/form-alert";
import { MoneyField } from "../ui/form/money-field";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField, TextField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import { JudgmentConsequence, RulesField, useJudgmentOutcome } from "./judgment-fields";
import { WorkOrderDecisionForm } from "./work-order-decision-form";

export interface JudgmentFormProps {
  kind: "dispute" | "work_order";
  id: string;
  review: boolean;
  orderAmountFen: number;
  clauses: RuleClause[];
  /** Who gets a refund or compensation, for the confirmation to name. */
  consumerName: string;
  notReceived?: boolean;
  /** DSP-INV-2: the liable party the urge work order's outcome binds the judgment to, and why. */
  bound?: { liableParty: LiableParty; text: string } | null;
  /** DSP-INV-3: an invoice dispute whose invoice is still owed — who issues it (the order is offered against them). */
  invoicingParty?: "merchant" | "platform" | null;
}

/**
 * DSP-5 (and WO-TM-4/5 for work orders): liable party, remedy — a dispute's refund,
 * compensation or none with its amount; a work order's refund and compensation — the reasons
 * both parties see, the rule IDs cited (at least one), and an internal note. Validated with the
 * verb's own schema; nothing decisive is preselected. Final once confirmed. If another admin
 * judged first, the server says who and the page reloads to show it.
 */
export function JudgmentForm(props: JudgmentFormProps) {
  return props.kind === "dispute" ? <DisputeJudgmentForm {...props} /> : <WorkOrderDecisionForm {...props} />;
}

function DisputeJudgmentForm(props: JudgmentFormProps) {
  const t = useTranslations("adjudication.judge");
  const tc = useTranslations("adjudication.judge.consequence");
  const td = useTranslations("dispute");
  const trpc = useTRPC();
  const outcome = useJudgmentOutcome(`judgment-${props.id}`);
  const submission = useSubmissionKey();
  const { confirm, dialog } = useConfirm();
  const [issueOrdered, setIssueOrdered] = useState(false);
  const form = useForm({
    resolver: zodResolver(judgeDisputeInput),
    // DSP-INV-2 leaves one liable party: it is the rule's, not a choice. Nothing else is preselected.
    defaultValues: {
      disputeId: props.id,
      liableParty: props.bound?.liableParty,
      reason: "",
      rules: [],
      internalNote: "",
    },
  });
  const { register, control, watch, formState } = form;
  const errorText = useErrorText(formState.errors, {
    liableParty: t("needLiable"),
    remedy: t("needRemedy"),
    amountFen: t("needAmount"),
    issueInvoiceBy: t("needIssueBy"),
  });
  const judge = useMutation(
    trpc.adjudication.judgeDispute.mutationOptions({
      onSuccess: () => outcome.succeeded(),
      onError: (error) => {
        if (outcome.decidedElsewhere(error)) return;
        showServerError(form.setError, error, {
          fields: ["liableParty", "remedy", "amountFen", "reason", "rules", "internalNote", "issueInvoiceBy"],
          codes: {
            RULE_NOT_APPLICABLE: "rules",
            URGE_OUTCOME_DECIDES: "liableParty",
            REFUND_ABOVE_ORDER: "amountFen",
            ISSUE_ORDER_NEEDS_INVOICING_PARTY: "issueInvoiceBy",
            OBLIGATION_DATE_NOT_IN_FUTURE: "issueInvoiceBy",
            INVOICE_ALREADY_ISSUED: "issueInvoiceBy",
          },
        });
      },
    }),
  );
  const busy = judge.isPending;
  const liable = watch("liableParty");
  const remedy = watch("remedy");
  const offersIssueOrder =
    props.invoicingParty !== null && props.invoicingParty !== undefined && liable === props.invoicingParty;

  async function submit(values: JudgeDisputeInput) {
    const lines = [tc("liable", { party: td(`parties.${values.liableParty}`) })];
    const amount = formatFen(values.amountFen ?? 0);
    if (values.remedy === "none") lines.push(tc("noRemedy"));
    else lines.push(tc(values.remedy, { amount, consumer: props.consumerName }));
    if (values.issueInvoiceBy) lines.push(tc("issueBy", { date: values.issueInvoiceBy }));
    const confirmed = await confirm({
      title: t("confirmTitle"),
      consequence: <JudgmentConsequence lines={lines} />,
      confirmLabel: t("confirmAction"),
    });
    if (!confirmed) return;
    judge.mutate(
      { ...values, internalNote: values.internalNote || undefined, idempotencyKey: submission.key() },
      { onSuccess: submission.renew },
    );
  }

  return (
    <Card title={props.review ? t("titleReview") : t("title")} className="border-purple-300">
      <form className="flex flex-col gap-4" onSubmit={form.handleSubmit(submit)} noValidate data-testid="judgment-form">
        {props.notReceived ? <p className="text-xs text-gray-600">{t("notReceivedHint")}</p> : null}
        <RadioGroupField
          legend={t("liable")}
          layout="inline"
          registration={register("liableParty")}
          selected={liable}
          options={(props.bound ? [props.bound.liableParty] : liableParties).map((v) => ({
            value: v,
            label: td(`parties.${v}`),
          }))}
          error={errorText("liableParty")}
          disabled={busy}
          footer={
            props.bound ? (
              <p className="text-xs text-red-800" data-testid="judgment-bound">
                {props.bound.text} {t("boundBy")}
              </p>
            ) : null
          }
        />
        <RadioGroupField
          legend={t("remedy")}
          layout="inline"
          registration={register("remedy")}
          selected={remedy}
          options={remedyKinds.map((v) => ({ value: v, label: td(`remedies.${v}`) }))}
          error={errorText("remedy")}
          disabled={busy}
        />
        {remedy === "refund" || remedy === "compensation" ? (
          <MoneyField control={control} name="amountFen" label={t("amount")} error={errorText("amountFen")} />
        ) : null}
        {offersIssueOrder ? (
          <fieldset className="flex flex-col gap-1.5 rounded-md border border-gray-200 p-2" disabled={busy}>
            <label className="flex cursor-pointer items-center gap-2 text-sm font-medium">
              <input
                type="checkbox"
                checked={issueOrdered}
                onChange={(e) => setIssueOrdered(e.target.checked)}
                className="accent-brand-500"
              />
              {t("issueBy")}
            </label>
            {issueOrdered ? (
              <TextField
                type="date"
                label={t("issueByDate")}
                registration={register("issueInvoiceBy", { shouldUnregister: true })}
                error={errorText("issueInvoiceBy")}
                controlClassName="max-w-48"
              />
            ) : null}
            <p className="text-xs text-gray-500">{t("issueByHint")}</p>
          </fieldset>
        ) : null}
        <p className="-mt-2 text-xs text-gray-500">{t("amountHint", { amount: formatFen(props.orderAmountFen) })}</p>
        <TextareaField
          label={t("reason")}
          registration={register("reason")}
          error={errorText("reason")}
          rows={4}
          maxLength={1000}
          placeholder={t("reasonPlaceholder")}
          disabled={busy}
        />
        <RulesField control={control} name="rules" clauses={props.clauses} error={errorText("rules")} disabled={busy} />
        <TextareaField
          label={t("internalNote")}
          registration={register("internalNote")}
          error={errorText("internalNote")}
          rows={2}
          maxLength={1000}
          controlClassName="bg-purple-50/40"
          disabled={busy}
        />
        <p className="text-xs text-gray-500">{t("effects")}</p>
        <FormAlert message={errorText("root")} />
        <div>
          <SubmitButton pending={busy} pendingLabel={t("submitting")}>
            {props.review ? t("submitReview") : t("submit")}
          </SubmitButton>
        </div>
      </form>
      {dialog}
    </Card>
  );
}
