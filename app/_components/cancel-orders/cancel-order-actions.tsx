"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "../disputes/localized";
import { formatFen } from "../format";
import { Button } from "../ui/button";
import { Card } from "../ui/card";

/**
 * The merchant's review (DSP-CXL-3/4): approve (refund now, or intercept a platform delivery in
 * transit), reject with a reason, or force the refund during the 48h window / an interception.
 * Only the actions the server says are open now are shown; the reason typed survives an error.
 */
export function MerchantCancelActions(props: {
  cancelOrderId: string;
  amountFen: number;
  actions: { approve: boolean; reject: boolean; forceRefund: boolean };
  approveOutcome: "refund" | "intercept" | null;
}) {
  const t = useTranslations("cancelOrder.actions");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const amount = formatFen(props.amountFen);
  const onError = (error: { message: string }) => toast.error(errorText(error, locale));
  const approve = useMutation(
    trpc.cancelOrder.merchant.approve.mutationOptions({
      onSuccess: (result) => {
        toast.success(result.status === "intercepting" ? t("approvedIntercepting") : t("approved"));
        router.refresh();
      },
      onError,
    }),
  );
  const reject = useMutation(
    trpc.cancelOrder.merchant.reject.mutationOptions({
      onSuccess: () => {
        toast.success(t("rejectedDone"));
        setRejecting(false);
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
  const busy = approve.isPending || reject.isPending || force.isPending;
  const { actions } = props;
  if (!actions.approve && !actions.reject && !actions.forceRefund) return null;
  const intercept = props.approveOutcome === "intercept";

  return (
    <Card title={t("title")} className="border-brand-500/40 ring-1 ring-brand-500/20">
      <div className="flex flex-col gap-3">
        {actions.approve ? <p className="text-sm text-gray-700">{intercept ? t("approveHintIntercept", { amount }) : t("approveHintRefund", { amount })}</p> : null}
        {actions.forceRefund ? <p className="text-sm text-gray-700">{t("forceRefundHint", { amount })}</p> : null}
        {rejecting ? (
          <form
            className="flex flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim().length < 5) return void toast.error(t("needReason"));
              reject.mutate({ cancelOrderId: props.cancelOrderId, reason: reason.trim() });
            }}
          >
            <label className="flex flex-col gap-1 text-sm">
              {t("rejectReason")}
              <textarea
                className="w-full rounded-md border border-gray-300 px-2 py-1.5 text-sm"
                rows={3}
                maxLength={500}
                value={reason}
                placeholder={t("rejectPlaceholder")}
                onChange={(e) => setReason(e.target.value)}
              />
            </label>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={busy}>
                {t("submitReject")}
              </Button>
              <Button variant="ghost" onClick={() => setRejecting(false)} disabled={busy}>
                {t("cancel")}
              </Button>
            </div>
          </form>
        ) : (
          <div className="flex flex-wrap gap-2">
            {actions.approve ? (
              <Button
                disabled={busy}
                onClick={() => {
                  if (window.confirm(t("confirmApprove"))) approve.mutate({ cancelOrderId: props.cancelOrderId });
                }}
              >
                {intercept ? t("approveIntercept") : t("approve")}
              </Button>
            ) : null}
            {actions.forceRefund ? (
              <Button
                variant={actions.approve ? "secondary" : "primary"}
                disabled={busy}
                onClick={() => {
                  if (window.confirm(t("confirmForceRefund", { amount }))) force.mutate({ cancelOrderId: props.cancelOrderId });
                }}
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
    </Card>
  );
}

/** The consumer withdraws their own pending request. */
export function WithdrawCancelButton({ cancelOrderId }: { cancelOrderId: string }) {
  const t = useTranslations("cancelOrder.actions");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(
    trpc.cancelOrder.consumer.withdraw.mutationOptions({
      onSuccess: () => {
        toast.success(t("withdrawn"));
        router.refresh();
      },
      onError: (error) => toast.error(errorText(error, locale)),
    }),
  );
  return (
    <div>
      <Button
        variant="secondary"
        disabled={withdraw.isPending}
        onClick={() => {
          if (window.confirm(t("confirmWithdraw"))) withdraw.mutate({ cancelOrderId });
        }}
      >
        {t("withdraw")}
      </Button>
    </div>
  );
}
