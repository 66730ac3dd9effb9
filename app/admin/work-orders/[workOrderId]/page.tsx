import { ResponderWorkOrderView } from "@/app/_components/work-orders/responder-work-order-view";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "工单详情" };

export default async function AdminWorkOrderPage({ params }: { params: Promise<{ workOrderId: string }> }) {
  const { workOrderId } = await params;
  const wo = await orNotFound((await getCaller()).workOrder.admin.get({ workOrderId }));
  return <ResponderWorkOrderView wo={wo} audience="admin" />;
}
