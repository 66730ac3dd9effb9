"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { liableParties } from "@/server/domain/dispute";
import {
  decideWorkOrderInput,
  type DecideWorkOrderInput,
} from "@/server/services/intervention/decide-work-order-input";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Card } from "../ui/card";
import { useConfirm } from "../ui/confirm-dialog";
import { FormAlert } from "../ui/form/form-alert";
import { MoneyField } from "../ui/form/money-field";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import type { JudgmentFormProps } from "./judgment-form";
import { JudgmentConsequence, RulesField, useJudgmentOutcome } from "./judgment-fields";

/** WO-TM-4/5: the platform's decision on an intervention work order — liable party, refund and compensation (both optional), reasons, rules, note. */
export function WorkOrderDecisionForm(props: JudgmentFormProps) {
  const t = useTranslations("adjudication.judge");
  const tc = useTranslations("adjudication.judge.consequence");
  const td = useTranslations("dispute");
  const trpc = useTRPC();
  const outcome = useJudgmentOutcome(`decision-${props.id}`);
  const submission = useSubmissionKey();
  const { confirm, dialog } = useConfirm();
  const form = useForm({
    resolver: zodResolver(decideWorkOrderInput),
    defaultValues: { workOrderId: props.id, reason: "", rules: [], internalNote: "" },
  });
  const { register, control, watch, formState } = form;
  const errorText = useErrorText(formState.errors, {
    liableParty: t("needLiable"),
    refundFen: t("badAmount"),
    compensationFen: t("badAmount"),
  });
  const decide = useMutation(
    trpc.adjudication.decideWorkOrder.mutationOptions({
      onSuccess: () => outcome.succeeded(),
      onError: (error) => {
        if (outcome.decidedElsewhere(error)) return;
        showServerError(form.setError, error, {
          fields: ["liableParty", "refundFen", "compensationFen", "reason", "rules", "internalNote"],
          codes: {
            RULE_NOT_APPLICABLE: "rules",
            EVIDENCE_MISSING: "liableParty",
            REMEDY_WITHOUT_LIABILITY: "liableParty",
            REFUND_ABOVE_ORDER: "refundFen",
          },
        });
      },
    }),
  );
  const busy = decide.isPending;

  async function submit(values: DecideWorkOrderInput) {
    const refundFen = values.refundFen ?? 0;
    const compensationFen = values.compensationFen ?? 0;
    const lines = [tc("liable", { party: td(`parties.${values.liableParty}`) })];
    if (refundFen > 0) lines.push(tc("refund", { amount: formatFen(refundFen), consumer: props.consumerName }));
    if (compensationFen > 0)
      lines.push(tc("compensation", { amount: formatFen(compensationFen), consumer: props.consumerName }));
    if (refundFen === 0 && compensationFen === 0) lines.push(tc("noRemedy"));
    const confirmed = await confirm({
      title: t("confirmTitle"),
      consequence: <JudgmentConsequence lines={lines} />,
      confirmLabel: t("confirmAction"),
    });
    if (!confirmed) return;
    decide.mutate(
      {
        ...values,
        refundFen,
        compensationFen,
        internalNote: values.internalNote || undefined,
        idempotencyKey: submission.key(),
      },
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
          selected={watch("liableParty")}
          options={liableParties.map((v) => ({ value: v, label: td(`parties.${v}`) }))}
          error={errorText("liableParty")}
          disabled={busy}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <MoneyField control={control} name="refundFen" label={t("refund")} error={errorText("refundFen")} />
          <MoneyField
            control={control}
            name="compensationFen"
            label={t("compensation")}
            error={errorText("compensationFen")}
          />
        </div>
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
