import { getLocale, getTranslations } from "next-intl/server";
import { MerchantBuyerRiskCard } from "@/app/_components/complaints/buyer-risk-card";
import { MerchantServiceActions } from "@/app/_components/after-sales/merchant-actions";
import { ServiceOrderDetailView } from "@/app/_components/after-sales/service-order-detail";
import { serviceOrderView } from "@/app/_components/after-sales/view";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "售后服务单详情" };

/** AS-2..5: one service order for its merchant — what is due by when, the allowed actions, the timeline. */
export default async function MerchantServiceOrderPage({ params }: { params: Promise<{ serviceOrderId: string }> }) {
  const { serviceOrderId } = await params;
  const detail = serviceOrderView(
    await orNotFound((await getCaller()).afterSales.merchant.get({ serviceOrderId })),
    "merchant",
  );
  const now = (await getContext()).now();
  const locale = await getLocale();
  const t = await getTranslations("afterSales");
  return (
    <div className="flex flex-col gap-4">
      <ServiceOrderDetailView
        detail={detail}
        serverNow={now}
        backHref="/merchant/after-sales"
        backLabel={t("backToList")}
        orderHref={`/merchant/orders/${detail.order.id}`}
        action={<MerchantServiceActions detail={detail} locale={locale} />}
      />
      <MerchantBuyerRiskCard record={{ kind: "service_order", id: serviceOrderId }} />
    </div>
  );
}
