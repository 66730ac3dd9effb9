import { OrderInvoiceCard } from "@/app/_components/invoices/order-invoice-card";
import { OrderDetailView } from "@/app/_components/orders/order-detail";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export default async function ConsumerOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const order = await orNotFound((await getCaller()).consumer.order({ orderId }));
  return (
    <div className="flex flex-col gap-4">
      <OrderDetailView order={order} viewer="consumer" />
      <OrderInvoiceCard orderId={order.id} timeZone={order.shop.timeZone} />
    </div>
  );
}
