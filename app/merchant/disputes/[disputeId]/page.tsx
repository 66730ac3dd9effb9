import { MerchantBuyerRiskCard } from "@/app/_components/complaints/buyer-risk-card";
import { DisputeDetailView } from "@/app/_components/disputes/dispute-detail";
import { PlanFormSlot } from "@/app/_components/disputes/plan-form-slot";
import { JudgmentImpact } from "@/app/_components/metrics/judgment-impact";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "纠纷单详情" };

/** The merchant answers its dispute with exactly one plan (DSP-1) before the deadline. */
export default async function MerchantDisputePage({ params }: { params: Promise<{ disputeId: string }> }) {
  const { disputeId } = await params;
  const detail = await orNotFound((await getCaller()).dispute.merchant.get({ disputeId }));
  const now = (await getContext()).now();
  return (
    <DisputeDetailView
      detail={detail}
      serverNow={now}
      backHref="/merchant/disputes"
      orderHref={`/merchant/orders/${detail.order.id}`}
      action={<PlanFormSlot detail={detail} audience="merchant" now={now} />}
      aside={
        <>
          <MerchantBuyerRiskCard record={{ kind: "dispute", id: disputeId }} />
          <JudgmentImpact disputeId={disputeId} />
        </>
      }
    />
  );
}
