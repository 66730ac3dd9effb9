"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import type { ProposalKind, ServiceResult } from "@/server/domain/after-sales";
import {
  proposeToConsumerInput,
  type ProposeToConsumerForm,
  type ProposeToConsumerInput,
} from "@/server/services/after-sales/propose-to-consumer-input";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { MoneyField } from "../ui/form/money-field";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

/**
 * AS-5/AS-8: reject, change the result, or refund with deductions — each only with the consumer's
 * consent. The form says the consent window and shows the refund the consumer would get; with
 * 运费险 (SVC-3) there is no shipping deduction.
 */
export function ProposeForm(props: {
  serviceOrderId: string;
  kinds: readonly ProposalKind[];
  changeTargets: readonly ServiceResult[];
  goodsFen: number;
  maxShippingDeductionFen: number;
  shippingInsured: boolean;
  consentHours: number;
  onClose: () => void;
}) {
  const t = useTranslations("afterSales");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`service-${props.serviceOrderId}`);
  const submission = useSubmissionKey();
  const [kind, setKind] = useState<ProposalKind | "">(props.kinds.length === 1 ? (props.kinds[0] ?? "") : "");
  const form = useForm<ProposeToConsumerForm, unknown, ProposeToConsumerInput>({
    resolver: zodResolver(proposeToConsumerInput),
    defaultValues: kind ? defaultsOf(props.serviceOrderId, kind) : { serviceOrderId: props.serviceOrderId },
  });
  const errorText = useErrorText(form.formState.errors, { kind: t("actions.proposalKind") });
  const values = form.watch();
  const goodsCut =
    "goodsDeductionFen" in values && Number.isFinite(values.goodsDeductionFen) ? (values.goodsDeductionFen ?? 0) : 0;
  const shipCut =
    "shippingDeductionFen" in values && Number.isFinite(values.shippingDeductionFen)
      ? (values.shippingDeductionFen ?? 0)
      : 0;
  const propose = useMutation(
    trpc.afterSales.merchant.propose.mutationOptions({
      onSuccess: () => {
        submission.renew();
        toast.success(t("actions.proposed"));
        props.onClose();
        router.refresh();
      },
      onError: (error) =>
        showServerError(form.setError, error, {
          fields: ["note", "changeTo", "goodsDeductionFen", "shippingDeductionFen"],
        }),
    }),
  );
  function choose(next: ProposalKind) {
    setKind(next);
    form.reset(defaultsOf(props.serviceOrderId, next));
  }
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label={t("actions.proposeTitle")}
      onSubmit={form.handleSubmit((input) => propose.mutate({ ...input, idempotencyKey: submission.key() }))}
    >
      <p className="text-xs text-gray-600">{t("actions.proposeHint", { hours: props.consentHours })}</p>
      <RadioGroupField
        legend={t("actions.proposalKind")}
        name="proposal-kind"
        selected={kind}
        onChoose={choose}
        layout="inline"
        error={kind ? undefined : errorText("kind")}
        options={props.kinds.map((k) => ({ value: k, label: t(`proposalKinds.${k}`) }))}
      />
      {kind === "change_result" ? (
        <RadioGroupField
          legend={t("actions.changeTo")}
          registration={form.register("changeTo")}
          selected={"changeTo" in values ? values.changeTo : undefined}
          error={errorText("changeTo")}
          options={props.changeTargets.map((r) => ({
            value: r,
            label: t(`results.${r}`),
            hint: t(`resultHints.${r}`),
          }))}
        />
      ) : null}
      {kind === "deduction" ? (
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap gap-3">
            <MoneyField
              control={form.control}
              name="goodsDeductionFen"
              label={t("actions.goodsDeduction")}
              error={errorText("goodsDeductionFen")}
            />
            {props.shippingInsured ? (
              <p className="self-end text-xs text-amber-700">{t("actions.shippingInsured")}</p>
            ) : (
              <MoneyField
                control={form.control}
                name="shippingDeductionFen"
                label={t("actions.shippingDeduction")}
                hint={t("actions.shippingDeductionHint", { max: formatFen(props.maxShippingDeductionFen) })}
                error={errorText("shippingDeductionFen")}
              />
            )}
          </div>
          <p className="text-sm text-gray-800" data-testid="deduction-preview">
            {t("actions.refundPreview", {
              refund: formatFen(Math.max(0, props.goodsFen - goodsCut - shipCut)),
              goods: formatFen(props.goodsFen),
              deduction: formatFen(goodsCut + shipCut),
            })}
          </p>
        </div>
      ) : null}
      {kind ? (
        <TextareaField
          label={t("actions.note")}
          registration={form.register("note")}
          error={errorText("note")}
          rows={2}
          maxLength={500}
          placeholder={t("actions.notePlaceholder")}
        />
      ) : null}
      <FormAlert message={errorText("root")} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={propose.isPending} pendingLabel={t("actions.submitPropose")} disabled={!kind}>
          {t("actions.submitPropose")}
        </SubmitButton>
        <Button variant="ghost" onClick={props.onClose} disabled={propose.isPending}>
          {t("actions.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** The fields of the chosen kind, empty; the choice of result starts unset (the schema asks for it). */
function defaultsOf(serviceOrderId: string, kind: ProposalKind): DefaultValues<ProposeToConsumerForm> {
  if (kind === "deduction") return { serviceOrderId, kind, note: "", goodsDeductionFen: 0, shippingDeductionFen: 0 };
  return { serviceOrderId, kind, note: "" };
}
