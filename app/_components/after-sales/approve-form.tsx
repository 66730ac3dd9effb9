"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import {
  approveServiceOrderInput,
  type ApproveServiceOrderForm,
  type ApproveServiceOrderInput,
} from "@/server/services/after-sales/approve-service-order-input";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FieldGroup } from "../ui/form/field";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField, TextField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import { ShopDateTimeField } from "./shop-datetime-field";

const checkLabel = "flex items-start gap-2 rounded-md border border-gray-200 p-2.5 text-sm hover:bg-gray-50";

/**
 * AS-2: approve with a written opinion and requirements — for goods coming back 「运费不得到付」,
 * a return address and accessories; for on-site work the visit window (optional; it can be set later).
 */
export function ApproveForm(props: { serviceOrderId: string; goods: boolean; timeZone: string; onClose: () => void }) {
  const t = useTranslations("afterSales");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`service-${props.serviceOrderId}`);
  const submission = useSubmissionKey();
  const form = useForm<ApproveServiceOrderForm, unknown, ApproveServiceOrderInput>({
    resolver: zodResolver(approveServiceOrderInput),
    defaultValues: {
      serviceOrderId: props.serviceOrderId,
      opinion: "",
      noCodReturn: false,
      includeAccessories: false,
      returnAddress: "",
    },
  });
  const errorText = useErrorText(form.formState.errors);
  const approve = useMutation(
    trpc.afterSales.merchant.approve.mutationOptions({
      onSuccess: () => {
        submission.renew();
        toast.success(t("actions.approved"));
        props.onClose();
        router.refresh();
      },
      onError: (error) =>
        showServerError(form.setError, error, { fields: ["opinion", "returnAddress", "visitFrom", "visitTo"] }),
    }),
  );
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label={t("actions.approveTitle")}
      onSubmit={form.handleSubmit((values) =>
        approve.mutate({
          ...values,
          returnAddress: values.returnAddress || undefined,
          idempotencyKey: submission.key(),
        }),
      )}
    >
      <TextareaField
        label={t("actions.opinion")}
        registration={form.register("opinion")}
        error={errorText("opinion")}
        rows={2}
        maxLength={500}
        placeholder={t("actions.opinionPlaceholder")}
        autoFocus
      />
      {props.goods ? (
        <FieldGroup legend={t("actions.requirementsLegend")}>
          <label className={checkLabel}>
            <input type="checkbox" className="mt-0.5 accent-brand-500" {...form.register("noCodReturn")} />
            <span>
              <span className="font-medium">{t("requirementLabels.no_cod_return")}</span>
              <span className="block text-xs text-gray-500">{t("requirementHints.no_cod_return")}</span>
            </span>
          </label>
          <label className={checkLabel}>
            <input type="checkbox" className="mt-0.5 accent-brand-500" {...form.register("includeAccessories")} />
            <span>
              <span className="font-medium">{t("requirementLabels.include_accessories")}</span>
              <span className="block text-xs text-gray-500">{t("requirementHints.include_accessories")}</span>
            </span>
          </label>
          <TextField
            label={t("actions.returnAddress")}
            registration={form.register("returnAddress")}
            error={errorText("returnAddress")}
            maxLength={200}
            placeholder={t("actions.returnAddressPlaceholder")}
          />
        </FieldGroup>
      ) : (
        <div className="flex flex-wrap gap-3">
          <ShopDateTimeField
            control={form.control}
            name="visitFrom"
            label={t("actions.visitFrom")}
            timeZone={props.timeZone}
            error={errorText("visitFrom")}
          />
          <ShopDateTimeField
            control={form.control}
            name="visitTo"
            label={t("actions.visitTo")}
            timeZone={props.timeZone}
            error={errorText("visitTo")}
          />
        </div>
      )}
      <FormAlert message={errorText("root")} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={approve.isPending} pendingLabel={t("actions.submitApprove")}>
          {t("actions.submitApprove")}
        </SubmitButton>
        <Button variant="ghost" onClick={props.onClose} disabled={approve.isPending}>
          {t("actions.cancel")}
        </Button>
      </div>
    </form>
  );
}
