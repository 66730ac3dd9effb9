"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { serviceResults } from "@/server/domain/after-sales";
import type { RuleClause } from "@/server/domain/policies/rule-clauses";
import { decisionTakesResult, type ServiceOrderDecision } from "@/server/domain/service-order-judgment";
import {
  judgeServiceOrderInput,
  type JudgeServiceOrderInput,
} from "@/server/services/after-sales/judge-service-order-input";
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
import { JudgmentConsequence, RulesField, useJudgmentOutcome } from "./judgment-fields";

export interface ServiceOrderDecisionFormProps {
  id: string;
  decisions: readonly ServiceOrderDecision[];
  /** Whether an agreed result may be named (goods track) — the server checks again. */
  takesResult: boolean;
  refundBaseFen: number;
  clauses: RuleClause[];
  consumerName: string;
}

/**
 * AS-8: the platform's decision on an after-sales case — one of the decisions open for the
 * stage it came from, an agreed result where one fits, the refund amount for a refund, the
 * reasons, the rule IDs cited (at least one), an optional AS-8 ticket and an internal note.
 * Validated with the verb's own schema; nothing decisive preselected; final once confirmed.
 */
export function ServiceOrderDecisionForm(props: ServiceOrderDecisionFormProps) {
  const t = useTranslations("adjudication.serviceJudge");
  const tj = useTranslations("adjudication.judge");
  const ta = useTranslations("adjudication.afterSales");
  const trpc = useTRPC();
  const outcome = useJudgmentOutcome(`service-judgment-${props.id}`);
  const submission = useSubmissionKey();
  const { confirm, dialog } = useConfirm();
  const form = useForm({
    resolver: zodResolver(judgeServiceOrderInput),
    defaultValues: { serviceOrderId: props.id, reason: "", rules: [], violation: false, internalNote: "" },
  });
  const { register, control, watch, formState } = form;
  const errorText = useErrorText(formState.errors, { decision: t("needDecision"), refundFen: tj("badAmount") });
  const judge = useMutation(
    trpc.adjudication.judgeServiceOrder.mutationOptions({
      onSuccess: () => outcome.succeeded(),
      onError: (error) => {
        if (outcome.decidedElsewhere(error)) return;
        showServerError(form.setError, error, {
          fields: ["decision", "agreedResult", "refundFen", "reason", "rules", "internalNote"],
          codes: {
            RULE_NOT_APPLICABLE: "rules",
            AS_DECISION_NOT_OPEN: "decision",
            AS_AGREED_RESULT_NOT_OPEN: "agreedResult",
            AS_REFUND_AMOUNT_NOT_OPEN: "refundFen",
            AS_REFUND_ABOVE_GOODS: "refundFen",
          },
        });
      },
    }),
  );
  const busy = judge.isPending;
  const decision = watch("decision");
  const agreed = watch("agreedResult");

  async function submit(values: JudgeServiceOrderInput) {
    const lines = [t("confirmDecision", { decision: t(`decisions.${values.decision}`) })];
    if (values.agreedResult) lines.push(t("confirmResult", { result: ta(`results.${values.agreedResult}`) }));
    if (values.decision === "refund")
      lines.push(
        t("confirmRefund", {
          amount: formatFen(values.refundFen ?? props.refundBaseFen),
          consumer: props.consumerName,
        }),
      );
    if (values.violation) lines.push(t("confirmViolation"));
    const confirmed = await confirm({
      title: tj("confirmTitle"),
      consequence: <JudgmentConsequence lines={lines} />,
      confirmLabel: tj("confirmAction"),
    });
    if (!confirmed) return;
    judge.mutate(
      {
        ...values,
        agreedResult: decisionTakesResult(values.decision) ? values.agreedResult : undefined,
        refundFen: values.decision === "refund" ? values.refundFen : undefined,
        internalNote: values.internalNote || undefined,
        idempotencyKey: submission.key(),
      },
      { onSuccess: submission.renew },
    );
  }

  return (
    <Card title={t("title")} className="border-purple-300">
      <form className="flex flex-col gap-4" onSubmit={form.handleSubmit(submit)} noValidate data-testid="judgment-form">
        <RadioGroupField
          legend={t("decision")}
          registration={register("decision")}
          selected={decision}
          options={props.decisions.map((d) => ({ value: d, label: t(`decisions.${d}`) }))}
          error={errorText("decision")}
          disabled={busy}
        />
        {decision && props.takesResult && decisionTakesResult(decision) ? (
          <RadioGroupField
            legend={t("agreedResult")}
            layout="inline"
            name="agreedResult"
            selected={agreed ?? ""}
            onChoose={(v) => form.setValue("agreedResult", v === "" ? undefined : v)}
            options={[
              { value: "" as const, label: t("asRequested") },
              ...serviceResults.map((r) => ({ value: r, label: ta(`results.${r}`) })),
            ]}
            error={errorText("agreedResult")}
            disabled={busy}
          />
        ) : null}
        {decision === "refund" ? (
          <div className="flex flex-col gap-1">
            <MoneyField control={control} name="refundFen" label={t("refundFen")} error={errorText("refundFen")} />
            <p className="text-xs text-gray-500">{t("refundHint", { amount: formatFen(props.refundBaseFen) })}</p>
          </div>
        ) : null}
        <TextareaField
          label={tj("reason")}
          registration={register("reason")}
          error={errorText("reason")}
          rows={4}
          maxLength={1000}
          placeholder={tj("reasonPlaceholder")}
          disabled={busy}
        />
        <RulesField control={control} name="rules" clauses={props.clauses} error={errorText("rules")} disabled={busy} />
        <label className="flex cursor-pointer items-center gap-2 text-sm">
          <input type="checkbox" {...register("violation")} disabled={busy} className="accent-brand-500" />
          {t("violation")}
        </label>
        <TextareaField
          label={tj("internalNote")}
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
          <SubmitButton pending={busy} pendingLabel={tj("submitting")}>
            {tj("submit")}
          </SubmitButton>
        </div>
      </form>
      {dialog}
    </Card>
  );
}
