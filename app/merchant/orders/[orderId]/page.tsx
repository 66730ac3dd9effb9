import { MerchantOrderAfterSalesCard } from "@/app/_components/after-sales/merchant-order-after-sales-card";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { MerchantBuyerMarksCard } from "@/app/_components/complaints/buyer-marks-card";
import { OrderDetailView } from "@/app/_components/orders/order-detail";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export default async function MerchantOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const order = await orNotFound((await getCaller()).merchant.order({ orderId }));
  const now = (await getContext()).now();
  const t = await getTranslations("complaint");
  return (
    <div className="flex flex-col gap-4">
      <OrderDetailView order={order} viewer="merchant" />
      <div>
        <Link
          href={`/merchant/complaints/new?orderId=${order.id}`}
          className="inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium text-gray-800 ring-1 ring-gray-300 ring-inset hover:bg-gray-50"
          data-testid="complain-buyer"
        >
          {t("complainBuyer")}
        </Link>
      </div>
      <MerchantBuyerMarksCard orderId={order.id} />
      <MerchantOrderAfterSalesCard orderId={order.id} timeZone={order.shop.timeZone} serverNow={now} />
    </div>
  );
}
