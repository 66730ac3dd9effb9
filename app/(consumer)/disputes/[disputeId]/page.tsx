import { DisputeDetailView } from "@/app/_components/disputes/dispute-detail";
import { SettlementResponse } from "@/app/_components/disputes/settlement-response";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";
import { isPastDue } from "@/server/domain/deadlines";

export const metadata = { title: "纠纷单详情" };

/** The consumer's dispute: progress, the merchant's plan in plain words, confirm or reject (DSP-2). */
export default async function ConsumerDisputePage({ params }: { params: Promise<{ disputeId: string }> }) {
  const { disputeId } = await params;
  const detail = await orNotFound((await getCaller()).dispute.consumer.get({ disputeId }));
  const now = (await getContext()).now();
  const { dispute } = detail;
  const canRespond = dispute.status === "awaiting_consumer" && !!dispute.dueAt && !isPastDue(dispute.dueAt, now);
  return (
    <DisputeDetailView
      detail={detail}
      serverNow={now}
      backHref="/disputes"
      orderHref={`/orders/${detail.order.id}`}
      invoiceHref={detail.invoice ? `/invoices/${detail.invoice.id}` : undefined}
      action={canRespond ? <SettlementResponse disputeId={dispute.id} /> : null}
    />
  );
}
