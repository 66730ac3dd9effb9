import { MerchantBuyerRiskCard } from "@/app/_components/complaints/buyer-risk-card";
import { ResponderWorkOrderView } from "@/app/_components/work-orders/responder-work-order-view";
import { JudgmentImpact } from "@/app/_components/metrics/judgment-impact";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "工单详情" };

export default async function MerchantWorkOrderPage({ params }: { params: Promise<{ workOrderId: string }> }) {
  const { workOrderId } = await params;
  const wo = await orNotFound((await getCaller()).workOrder.merchant.get({ workOrderId }));
  return (
    <div className="flex flex-col gap-4">
      <JudgmentImpact workOrderId={workOrderId} />
      <MerchantBuyerRiskCard record={{ kind: "work_order", id: workOrderId }} />
      <ResponderWorkOrderView wo={wo} audience="merchant" />
    </div>
  );
}
