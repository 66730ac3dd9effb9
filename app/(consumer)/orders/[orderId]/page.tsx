import { OrderDetailView } from "@/app/_components/orders/order-detail";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export default async function ConsumerOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const order = await orNotFound((await getCaller()).consumer.order({ orderId }));
  return <OrderDetailView order={order} viewer="consumer" />;
}
