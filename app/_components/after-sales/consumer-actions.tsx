"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { formatWhen } from "../cancel-orders/when";
import { Countdown } from "../countdown";
import { formatFen } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useConfirm } from "../ui/confirm-dialog";
import { feedbackToast } from "../ui/form/feedback-toast";
import { ReasonForm, ShipReturnForm } from "./consumer-forms";
import type { PendingProposal, ServiceOrderDetail } from "./types";

/** What the proposal asks, with the amounts (AS-5). */
function useProposalText(detail: ServiceOrderDetail) {
  const t = useTranslations("afterSales");
  return (p: PendingProposal) => {
    const s = detail.serviceOrder;
    if (p.kind === "reject") return t("consumer.proposalReject");
    if (p.kind === "change_result") {
      const from = s.agreedResult ?? s.requestedResult;
      return t("consumer.proposalChange", {
        from: from ? t(`results.${from}`) : "—",
        to: p.params.changeTo ? t(`results.${p.params.changeTo}`) : "—",
      });
    }
    return t("consumer.proposalDeduction", {
      goods: formatFen(p.params.goodsDeductionFen ?? 0),
      shipping: formatFen(p.params.shippingDeductionFen ?? 0),
      refund: formatFen(p.params.refundFen ?? 0),
    });
  };
}

/** AS-5/AS-8: the consumer agrees or refuses, within the window; silence lets the proposal lapse. */
function ProposalPrompt({
  detail,
  proposal,
  serverNow,
}: {
  detail: ServiceOrderDetail;
  proposal: PendingProposal;
  serverNow: Date;
}) {
  const t = useTranslations("afterSales");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const { confirm, dialog } = useConfirm();
  const submission = useSubmissionKey();
  const describe = useProposalText(detail);
  const s = detail.serviceOrder;
  const toast = feedbackToast(`service-${s.id}`);
  const respond = useMutation(
    trpc.afterSales.consumer.respond.mutationOptions({
      onSuccess: (_r, input) => {
        submission.renew();
        toast.success(input.decision === "accept" ? t("consumer.accepted") : t("consumer.refused"));
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const tz = detail.order.timeZone;
  async function answer(decision: "accept" | "refuse") {
    const deduction = (proposal.params.goodsDeductionFen ?? 0) + (proposal.params.shippingDeductionFen ?? 0);
    const consequence =
      decision === "refuse"
        ? t("consumer.refused")
        : proposal.kind === "deduction"
          ? t("consumer.confirmAcceptDeduction", {
              refund: formatFen(proposal.params.refundFen ?? 0),
              deduction: formatFen(deduction),
            })
          : proposal.kind === "reject"
            ? t("consumer.confirmAcceptReject")
            : t("consumer.confirmAcceptChange", {
                to: proposal.params.changeTo ? t(`results.${proposal.params.changeTo}`) : "—",
              });
    const ok = await confirm({
      title: decision === "accept" ? t("consumer.confirmAcceptTitle") : t("consumer.refuse"),
      consequence,
      confirmLabel: decision === "accept" ? t("consumer.confirmAcceptAction") : t("consumer.refuse"),
      tone: decision === "accept" && proposal.kind !== "change_result" ? "danger" : "primary",
    });
    if (ok)
      respond.mutate({ serviceOrderId: s.id, proposalId: proposal.id, decision, idempotencyKey: submission.key() });
  }
  return (
    <div className="flex flex-col gap-2" data-testid="proposal-prompt" data-kind={proposal.kind}>
      <p className="text-sm font-medium text-gray-900">{describe(proposal)}</p>
      {proposal.note ? <p className="rounded bg-gray-50 px-2 py-1 text-sm text-gray-700">{proposal.note}</p> : null}
      <p className="flex flex-wrap items-center gap-2 text-xs text-gray-600">
        <Countdown due={proposal.dueAt} serverNow={serverNow} timeZone={tz} />
        {t("consumer.proposalDue", { at: formatWhen(proposal.dueAt, tz, locale) })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button disabled={respond.isPending} onClick={() => void answer("accept")}>
          {t("consumer.accept")}
        </Button>
        <Button variant="secondary" disabled={respond.isPending} onClick={() => void answer("refuse")}>
          {t("consumer.refuse")}
        </Button>
      </div>
      {dialog}
    </div>
  );
}

/**
 * The consumer's move on their service order: a proposal to answer, the return to ship, the
 * on-site work to confirm, a refusal to take to the platform, or the application to withdraw.
 */
export function ConsumerServiceActions({ detail, serverNow }: { detail: ServiceOrderDetail; serverNow: Date }) {
  const t = useTranslations("afterSales");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const { confirm, dialog } = useConfirm();
  const [open, setOpen] = useState<"escalate" | "disputeCompletion" | null>(null);
  const submission = useSubmissionKey();
  const s = detail.serviceOrder;
  const a = detail.actions;
  const tz = detail.order.timeZone;
  const toast = feedbackToast(`service-${s.id}`);
  const done = (message: string) => ({
    onSuccess: () => {
      submission.renew();
      toast.success(message);
      router.refresh();
    },
    onError: (error: { message: string }) => toast.error(error.message),
  });
  const withdraw = useMutation(trpc.afterSales.consumer.withdraw.mutationOptions(done(t("consumer.withdrawn"))));
  const confirmDone = useMutation(
    trpc.afterSales.consumer.confirmCompletion.mutationOptions(done(t("consumer.completionConfirmed"))),
  );
  const proposal = a.respond ? detail.proposal : null;
  const any = proposal || a.shipReturn || a.confirmCompletion || a.disputeCompletion || a.escalate || a.withdraw;
  if (!any) return null;
  const flashRefund = s.services.flashRefund && s.reason === "no_reason_7d" && s.type === "return";
  async function onWithdraw() {
    const ok = await confirm({
      title: t("consumer.confirmWithdrawTitle"),
      consequence: t("consumer.confirmWithdraw", { serviceNo: s.serviceNo }),
      confirmLabel: t("consumer.confirmWithdrawAction"),
      tone: "primary",
    });
    if (ok) withdraw.mutate({ serviceOrderId: s.id, idempotencyKey: submission.key() });
  }
  return (
    <Card
      title={proposal ? t("consumer.proposalTitle") : t("actions.title")}
      className="border-brand-500/40 ring-1 ring-brand-500/20"
    >
      <div className="flex flex-col gap-4" data-testid="consumer-service-actions">
        {proposal ? <ProposalPrompt detail={detail} proposal={proposal} serverNow={serverNow} /> : null}
        {a.shipReturn ? (
          <section className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold text-gray-800">{t("consumer.shipTitle")}</h3>
            {detail.deadline?.kind === "return_shipment" ? (
              <p className="text-xs text-gray-600">
                {t("consumer.shipHint", { at: formatWhen(detail.deadline.dueAt, tz, locale) })}
              </p>
            ) : null}
            <ShipReturnForm detail={detail} flashRefund={flashRefund} />
          </section>
        ) : null}
        {a.confirmCompletion || a.disputeCompletion ? (
          <section className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold text-gray-800">{t("consumer.completionTitle")}</h3>
            {detail.deadline?.kind === "completion_check" ? (
              <p className="text-xs text-gray-600">
                {t("consumer.completionHint", { at: formatWhen(detail.deadline.dueAt, tz, locale) })}
              </p>
            ) : null}
            {open === "disputeCompletion" ? (
              <ReasonForm serviceOrderId={s.id} kind="disputeCompletion" onClose={() => setOpen(null)} />
            ) : (
              <div className="flex flex-wrap gap-2">
                {a.confirmCompletion ? (
                  <Button
                    disabled={confirmDone.isPending}
                    onClick={() => confirmDone.mutate({ serviceOrderId: s.id, idempotencyKey: submission.key() })}
                  >
                    {t("consumer.confirmCompletion")}
                  </Button>
                ) : null}
                {a.disputeCompletion ? (
                  <Button variant="secondary" onClick={() => setOpen("disputeCompletion")}>
                    {t("consumer.disputeCompletion")}
                  </Button>
                ) : null}
              </div>
            )}
          </section>
        ) : null}
        {a.escalate ? (
          open === "escalate" ? (
            <ReasonForm serviceOrderId={s.id} kind="escalate" onClose={() => setOpen(null)} />
          ) : (
            <div className="flex flex-col gap-1">
              <p className="text-xs text-gray-600">{t("consumer.escalateHint")}</p>
              <div>
                <Button variant="secondary" onClick={() => setOpen("escalate")}>
                  {t("consumer.escalate")}
                </Button>
              </div>
            </div>
          )
        ) : null}
        {a.withdraw ? (
          <div>
            <Button variant="ghost" disabled={withdraw.isPending} onClick={() => void onWithdraw()}>
              {t("consumer.withdraw")}
            </Button>
          </div>
        ) : null}
      </div>
      {dialog}
    </Card>
  );
}
