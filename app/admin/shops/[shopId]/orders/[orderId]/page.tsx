import { OrderDetailView } from "@/app/_components/orders/order-detail";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export default async function AdminOrderPage({ params }: { params: Promise<{ shopId: string; orderId: string }> }) {
  const { shopId, orderId } = await params;
  const order = await orNotFound((await getCaller()).admin.order({ shopId, orderId }));
  return <OrderDetailView order={order} viewer="admin" />;
}
