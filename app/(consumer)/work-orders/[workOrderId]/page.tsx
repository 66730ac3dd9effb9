import { ConsumerWorkOrderView } from "@/app/_components/work-orders/consumer-work-order-view";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "催开票进度" };

export default async function ConsumerWorkOrderPage({ params }: { params: Promise<{ workOrderId: string }> }) {
  const { workOrderId } = await params;
  const wo = await orNotFound((await getCaller()).workOrder.consumer.get({ workOrderId }));
  return <ConsumerWorkOrderView wo={wo} />;
}
