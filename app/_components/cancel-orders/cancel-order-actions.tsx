"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/app/_trpc/client";
import { rejectCancelInput } from "@/server/services/cancel-orders/review-cancel-input";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { FormAlert } from "../ui/form/form-alert";
import { showServerError } from "../ui/form/server-error";
import { SubmitButton } from "../ui/form/submit-button";
import { TextareaField } from "../ui/form/text-fields";
import { useErrorText } from "../ui/form/use-error-text";

/**
 * The merchant's review (DSP-CXL-3/4): approve (refund now, or intercept a platform delivery in
 * transit), reject with a reason, or force the refund during the 48h window / an interception.
 * Only the actions the server says are open now are shown; approving and forcing ask first,
 * naming the amount and who gets it. The reason typed survives an error.
 */
export function MerchantCancelActions(props: {
  cancelOrderId: string;
  orderNo: string;
  amountFen: number;
  consumerName: string;
  actions: { approve: boolean; reject: boolean; forceRefund: boolean };
  approveOutcome: "refund" | "intercept" | null;
}) {
  const t = useTranslations("cancelOrder.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`cancel-${props.cancelOrderId}`);
  const { confirm, dialog } = useConfirm();
  const [rejecting, setRejecting] = useState(false);
  const amount = formatFen(props.amountFen);
  const values = { amount, consumer: props.consumerName, orderNo: props.orderNo };
  const onError = (error: { message: string }) => toast.error(error.message);
  const approve = useMutation(
    trpc.cancelOrder.merchant.approve.mutationOptions({
      onSuccess: (result) => {
        toast.success(result.status === "intercepting" ? t("approvedIntercepting") : t("approved"));
        router.refresh();
      },
      onError,
    }),
  );
  const force = useMutation(
    trpc.cancelOrder.merchant.forceRefund.mutationOptions({
      onSuccess: () => {
        toast.success(t("forceRefunded"));
        router.refresh();
      },
      onError,
    }),
  );
  const approval = useSubmissionKey();
  const forcing = useSubmissionKey();
  const { actions } = props;
  if (!actions.approve && !actions.reject && !actions.forceRefund) return null;
  const intercept = props.approveOutcome === "intercept";
  const busy = approve.isPending || force.isPending;

  async function onApprove() {
    const request = intercept
      ? {
          title: t("confirmApproveTitle"),
          consequence: t("confirmApproveIntercept", values),
          confirmLabel: t("confirmApproveInterceptAction"),
          tone: "primary" as const,
        }
      : {
          title: t("confirmApproveTitle"),
          consequence: t("confirmApproveRefund", values),
          confirmLabel: t("confirmApproveRefundAction", values),
        };
    if (await confirm(request))
      approve.mutate(
        { cancelOrderId: props.cancelOrderId, idempotencyKey: approval.key() },
        { onSuccess: approval.renew },
      );
  }
  async function onForceRefund() {
    const request = {
      title: t("confirmForceRefundTitle"),
      consequence: t("confirmForceRefund", values),
      confirmLabel: t("confirmForceRefundAction", values),
    };
    if (await confirm(request))
      force.mutate({ cancelOrderId: props.cancelOrderId, idempotencyKey: forcing.key() }, { onSuccess: forcing.renew });
  }

  return (
    <Card title={t("title")} className="border-brand-500/40 ring-1 ring-brand-500/20">
      <div className="flex flex-col gap-3">
        {actions.approve ? (
          <p className="text-sm text-gray-700">
            {intercept ? t("approveHintIntercept", { amount }) : t("approveHintRefund", { amount })}
          </p>
        ) : null}
        {actions.forceRefund ? <p className="text-sm text-gray-700">{t("forceRefundHint", { amount })}</p> : null}
        {rejecting ? (
          <RejectForm cancelOrderId={props.cancelOrderId} onClose={() => setRejecting(false)} />
        ) : (
          <div className="flex flex-wrap gap-2">
            {actions.approve ? (
              <Button disabled={busy} onClick={() => void onApprove()}>
                {intercept ? t("approveIntercept") : t("approve")}
              </Button>
            ) : null}
            {actions.forceRefund ? (
              <Button
                variant={actions.approve ? "secondary" : "primary"}
                disabled={busy}
                onClick={() => void onForceRefund()}
              >
                {t("forceRefund")}
              </Button>
            ) : null}
            {actions.reject ? (
              <Button variant="secondary" disabled={busy} onClick={() => setRejecting(true)}>
                {t("reject")}
              </Button>
            ) : null}
          </div>
        )}
      </div>
      {dialog}
    </Card>
  );
}

/** DSP-CXL-3: the merchant rejects with a reason the consumer sees, checked by the verb's schema. */
function RejectForm({ cancelOrderId, onClose }: { cancelOrderId: string; onClose: () => void }) {
  const t = useTranslations("cancelOrder.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`cancel-${cancelOrderId}`);
  const form = useForm({ resolver: zodResolver(rejectCancelInput), defaultValues: { cancelOrderId, reason: "" } });
  const errorText = useErrorText(form.formState.errors);
  const rejection = useSubmissionKey();
  const reject = useMutation(
    trpc.cancelOrder.merchant.reject.mutationOptions({
      onSuccess: () => {
        toast.success(t("rejectedDone"));
        onClose();
        router.refresh();
      },
      onError: (error) => showServerError(form.setError, error, { fields: ["reason"] }),
    }),
  );
  return (
    <form
      className="flex flex-col gap-2"
      noValidate
      onSubmit={form.handleSubmit((values: z.output<typeof rejectCancelInput>) =>
        reject.mutate({ ...values, idempotencyKey: rejection.key() }, { onSuccess: rejection.renew }),
      )}
    >
      <TextareaField
        label={t("rejectReason")}
        registration={form.register("reason")}
        error={errorText("reason")}
        rows={3}
        maxLength={500}
        placeholder={t("rejectPlaceholder")}
        autoFocus
      />
      <FormAlert message={errorText("root")} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={reject.isPending} pendingLabel={t("submitReject")}>
          {t("submitReject")}
        </SubmitButton>
        <Button variant="ghost" onClick={onClose} disabled={reject.isPending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** The consumer withdraws their own pending request, after a confirmation naming the order. */
export function WithdrawCancelButton({ cancelOrderId, orderNo }: { cancelOrderId: string; orderNo: string }) {
  const t = useTranslations("cancelOrder.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`cancel-${cancelOrderId}`);
  const { confirm, dialog } = useConfirm();
  const withdraw = useMutation(
    trpc.cancelOrder.consumer.withdraw.mutationOptions({
      onSuccess: () => {
        toast.success(t("withdrawn"));
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  async function onWithdraw() {
    const request = {
      title: t("confirmWithdrawTitle"),
      consequence: t("confirmWithdraw", { orderNo }),
      confirmLabel: t("confirmWithdrawAction"),
      tone: "primary" as const,
    };
    if (await confirm(request)) withdraw.mutate({ cancelOrderId });
  }
  return (
    <div>
      <Button variant="secondary" disabled={withdraw.isPending} onClick={() => void onWithdraw()}>
        {t("withdraw")}
      </Button>
      {dialog}
    </div>
  );
}
