import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { OrderAfterSalesCard } from "@/app/_components/after-sales/order-after-sales-card";
import { canApplyForIntervention } from "@/app/_components/intervention/availability";
import { OrderInvoiceCard } from "@/app/_components/invoices/order-invoice-card";
import { OrderDetailView } from "@/app/_components/orders/order-detail";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export default async function ConsumerOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const order = await orNotFound((await getCaller()).consumer.order({ orderId }));
  const t = await getTranslations("workOrder.intervention.apply");
  const now = (await getContext()).now();
  // WO-1/WO-TM-6: offered while some intervention type applies; worry-free orders see why not on the page itself.
  const canApply = canApplyForIntervention({ status: order.status, marketplaceStyle: order.shop.marketplaceStyle });
  return (
    <div className="flex flex-col gap-4">
      <OrderDetailView order={order} viewer="consumer" />
      {canApply ? (
        <div className="flex justify-end">
          <Link
            href={`/orders/${order.id}/intervention`}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-600 ring-1 ring-inset ring-brand-500 hover:bg-brand-500/5"
          >
            {t("link")}
          </Link>
        </div>
      ) : null}
      <OrderAfterSalesCard orderId={order.id} timeZone={order.shop.timeZone} serverNow={now} />
      <OrderInvoiceCard orderId={order.id} timeZone={order.shop.timeZone} />
    </div>
  );
}
