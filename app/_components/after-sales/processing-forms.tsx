"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { resultNeedsTracking } from "@/server/domain/service-order-results";
import type { ServiceResult } from "@/server/domain/after-sales";
import {
  processServiceOrderInput,
  type ProcessServiceOrderInput,
} from "@/server/services/after-sales/process-service-order-input";
import { recordReceiptInput } from "@/server/services/after-sales/record-receipt-input";
import type { z } from "zod";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { RadioGroupField } from "../ui/form/radio-group";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextField } from "../ui/form/text-fields";
import { UploadField } from "../ui/form/upload-field";
import { useErrorText } from "../ui/form/use-error-text";

function FormButtons(props: { pending: boolean; label: string; onClose: () => void }) {
  const t = useTranslations("afterSales.actions");
  return (
    <div className="flex flex-wrap gap-2">
      <SubmitButton pending={props.pending} pendingLabel={props.label}>
        {props.label}
      </SubmitButton>
      <Button variant="ghost" onClick={props.onClose} disabled={props.pending}>
        {t("cancel")}
      </Button>
    </div>
  );
}

/** AS-4: the merchant confirms the returned goods arrived, with inspection photos. */
export function ReceiveForm({ serviceOrderId, onClose }: { serviceOrderId: string; onClose: () => void }) {
  const t = useTranslations("afterSales.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`service-${serviceOrderId}`);
  const submission = useSubmissionKey();
  const form = useForm<z.input<typeof recordReceiptInput>, unknown, z.output<typeof recordReceiptInput>>({
    resolver: zodResolver(recordReceiptInput),
    defaultValues: { serviceOrderId, photos: [] },
  });
  const errorText = useErrorText(form.formState.errors);
  const receive = useMutation(
    trpc.afterSales.merchant.recordReceipt.mutationOptions({
      onSuccess: () => {
        submission.renew();
        toast.success(t("receivedDone"));
        onClose();
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["photos"] }),
    }),
  );
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label={t("receiveTitle")}
      onSubmit={form.handleSubmit((values) => receive.mutate({ ...values, idempotencyKey: submission.key() }))}
    >
      <UploadField
        control={form.control}
        name="photos"
        defaultValue={[]}
        purpose="evidence"
        accept=".jpg,.jpeg,.png,.webp"
        multiple
        label={t("receiptPhotos")}
        error={errorText("photos")}
      />
      <FormAlert message={errorText("root")} />
      <FormButtons pending={receive.isPending} label={t("submitReceive")} onClose={onClose} />
    </form>
  );
}

/**
 * AS-4: exactly one result. Results other than the requested (or agreed) one are shown but not
 * selectable — they need the consumer's consent first. 换新 and 原返 ask for the shipment; a
 * refund names its amount (with any agreed deduction) in the confirmation.
 */
export function ProcessForm(props: {
  serviceOrderId: string;
  serviceNo: string;
  consumerName: string;
  allowed: readonly ServiceResult[];
  refundFen: number;
  deductionFen: number;
  onClose: () => void;
}) {
  const t = useTranslations("afterSales");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`service-${props.serviceOrderId}`);
  const { confirm, dialog } = useConfirm();
  const submission = useSubmissionKey();
  const only = props.allowed.length === 1 ? props.allowed[0] : undefined;
  const form = useForm<z.input<typeof processServiceOrderInput>, unknown, ProcessServiceOrderInput>({
    resolver: zodResolver(processServiceOrderInput),
    defaultValues: { serviceOrderId: props.serviceOrderId, result: only },
  });
  const errorText = useErrorText(form.formState.errors, { result: t("actions.result") });
  const result = form.watch("result");
  const process = useMutation(
    trpc.afterSales.merchant.process.mutationOptions({
      onSuccess: () => {
        submission.renew();
        toast.success(t("actions.processed"));
        props.onClose();
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["result", "carrier", "trackingNo"] }),
    }),
  );
  const amount = formatFen(props.refundFen);
  async function submit(values: ProcessServiceOrderInput) {
    const name = t(`results.${values.result}`);
    const refund = values.result === "refund";
    const ok = await confirm({
      title: t("actions.confirmProcessTitle"),
      consequence: refund
        ? t("actions.confirmRefund", { amount, consumer: props.consumerName, serviceNo: props.serviceNo })
        : t("actions.confirmResult", { result: name, serviceNo: props.serviceNo }),
      confirmLabel: refund
        ? t("actions.confirmRefundAction", { amount })
        : t("actions.confirmResultAction", { result: name }),
      tone: refund ? "danger" : "primary",
    });
    if (ok) process.mutate({ ...values, idempotencyKey: submission.key() });
  }
  const allResults: ServiceResult[] = ["refund", "exchange_new", "return_original", "offline_exchange"];
  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      aria-label={t("actions.processTitle")}
      onSubmit={form.handleSubmit(submit)}
    >
      <RadioGroupField
        legend={t("actions.result")}
        hint={t("actions.processHint")}
        registration={form.register("result")}
        selected={result}
        error={errorText("result")}
        options={allResults.map((r) => ({
          value: r,
          label: t(`results.${r}`),
          hint:
            r === "refund"
              ? props.deductionFen > 0
                ? t("actions.refundWithDeductions", { refund: amount, deduction: formatFen(props.deductionFen) })
                : `${t("actions.refundAmount")} ${amount}`
              : t(`resultHints.${r}`),
          unavailable: props.allowed.includes(r) ? undefined : t("actions.resultNeedsConsent"),
        }))}
      />
      {result && resultNeedsTracking(result) ? (
        <div className="flex flex-wrap gap-3">
          <TextField
            label={t("actions.resultCarrier")}
            registration={form.register("carrier")}
            error={errorText("carrier")}
            maxLength={40}
          />
          <TextField
            label={t("actions.resultTrackingNo")}
            registration={form.register("trackingNo")}
            error={errorText("trackingNo")}
            maxLength={32}
            controlClassName="font-mono"
          />
        </div>
      ) : null}
      <FormAlert message={errorText("root")} />
      <FormButtons pending={process.isPending} label={t("actions.submitProcess")} onClose={props.onClose} />
      {dialog}
    </form>
  );
}
