"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { disputeCompletionInput } from "@/server/services/after-sales/confirm-completion-input";
import { escalateServiceOrderInput } from "@/server/services/after-sales/escalate-service-order-input";
import { shipReturnInput } from "@/server/services/after-sales/ship-return-input";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField, TextField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";
import { RequirementList } from "./labels";
import type { ServiceOrderDetail } from "./types";

/**
 * The consumer ships the goods back. What applies is said before the fields: 「运费不得到付」 when the
 * merchant required it, 运费险 when covered, 闪电退款 when entering the number refunds at once.
 */
export function ShipReturnForm({ detail, flashRefund }: { detail: ServiceOrderDetail; flashRefund: boolean }) {
  const t = useTranslations("afterSales.consumer");
  const trpc = useTRPC();
  const router = useRouter();
  const s = detail.serviceOrder;
  const toast = feedbackToast(`service-${s.id}`);
  const submission = useSubmissionKey();
  const form = useForm<z.input<typeof shipReturnInput>, unknown, z.output<typeof shipReturnInput>>({
    resolver: zodResolver(shipReturnInput),
    defaultValues: { serviceOrderId: s.id, carrier: "", trackingNo: "" },
  });
  const errorText = useErrorText(form.formState.errors);
  const ship = useMutation(
    trpc.afterSales.consumer.shipReturn.mutationOptions({
      onSuccess: (result) => {
        submission.renew();
        const refunded =
          typeof result === "object" && result !== null && "refundFen" in result ? result.refundFen : null;
        toast.success(
          typeof refunded === "number" ? t("shippedRefunded", { amount: formatFen(refunded) }) : t("shipped"),
        );
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["carrier", "trackingNo"] }),
    }),
  );
  const noCod = s.requirements.some((r) => r.code === "no_cod_return");
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label={t("shipTitle")}
      data-testid="ship-return-form"
      onSubmit={form.handleSubmit((values) => ship.mutate({ ...values, idempotencyKey: submission.key() }))}
    >
      {noCod ? (
        <p
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800"
          data-testid="no-cod"
        >
          {t("noCod")}
        </p>
      ) : null}
      {s.services.shippingInsurance ? <p className="text-sm text-green-700">{t("insured")}</p> : null}
      {flashRefund ? <p className="text-sm text-green-700">{t("flashRefundHint")}</p> : null}
      {s.requirements.length > 0 ? (
        <div className="text-sm text-gray-700">
          <RequirementList requirements={s.requirements.filter((r) => r.code !== "no_cod_return")} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <TextField
          label={t("carrier")}
          registration={form.register("carrier")}
          error={errorText("carrier")}
          maxLength={40}
          placeholder={t("carrierPlaceholder")}
        />
        <TextField
          label={t("trackingNo")}
          registration={form.register("trackingNo")}
          error={errorText("trackingNo")}
          maxLength={32}
          controlClassName="font-mono"
        />
      </div>
      <FormAlert message={errorText("root")} />
      <div>
        <SubmitButton pending={ship.isPending} pendingLabel={t("submitShip")}>
          {t("submitShip")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A short required reason, then one mutation: escalating (AS-8) or saying on-site work was not done. */
export function ReasonForm(props: {
  serviceOrderId: string;
  kind: "escalate" | "disputeCompletion";
  onClose: () => void;
}) {
  const t = useTranslations("afterSales.consumer");
  const ta = useTranslations("afterSales.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`service-${props.serviceOrderId}`);
  const submission = useSubmissionKey();
  const schema = props.kind === "escalate" ? escalateServiceOrderInput : disputeCompletionInput;
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { serviceOrderId: props.serviceOrderId, reason: "" },
  });
  const errorText = useErrorText(form.formState.errors);
  const handlers = (message: string) => ({
    onSuccess: () => {
      submission.renew();
      toast.success(message);
      props.onClose();
      router.refresh();
    },
    onError: (error: unknown) => showServerError(form.setError, error, { fields: ["reason"] }),
  });
  const escalate = useMutation(trpc.afterSales.consumer.escalate.mutationOptions(handlers(t("escalated"))));
  const dispute = useMutation(
    trpc.afterSales.consumer.disputeCompletion.mutationOptions(handlers(t("completionDisputed"))),
  );
  const mutation = props.kind === "escalate" ? escalate : dispute;
  const label = props.kind === "escalate" ? t("escalate") : t("disputeCompletion");
  return (
    <form
      className="flex flex-col gap-2"
      noValidate
      aria-label={label}
      onSubmit={form.handleSubmit((values) => mutation.mutate({ ...values, idempotencyKey: submission.key() }))}
    >
      <TextareaField
        label={props.kind === "escalate" ? t("escalateHint") : t("confirmDisputeBody")}
        registration={form.register("reason")}
        error={errorText("reason")}
        rows={3}
        maxLength={500}
        autoFocus
      />
      <FormAlert message={errorText("root")} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={mutation.isPending} pendingLabel={label}>
          {label}
        </SubmitButton>
        <Button variant="ghost" onClick={props.onClose} disabled={mutation.isPending}>
          {ta("cancel")}
        </Button>
      </div>
    </form>
  );
}
