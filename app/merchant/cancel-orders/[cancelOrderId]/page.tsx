import { getLocale } from "next-intl/server";
import { MerchantCancelActions } from "@/app/_components/cancel-orders/cancel-order-actions";
import { CancelOrderDetailView } from "@/app/_components/cancel-orders/cancel-order-detail";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "取消订单详情" };

/** DSP-CXL-3/4: the merchant reviews a cancel order — approve, reject with a reason, or force the refund. */
export default async function MerchantCancelOrderPage({ params }: { params: Promise<{ cancelOrderId: string }> }) {
  const { cancelOrderId } = await params;
  const detail = await orNotFound((await getCaller()).cancelOrder.merchant.get({ cancelOrderId }));
  const now = (await getContext()).now();
  const locale = await getLocale();
  return (
    <CancelOrderDetailView
      detail={detail}
      serverNow={now}
      locale={locale}
      backHref="/merchant/cancel-orders"
      orderHref={`/merchant/orders/${detail.order.id}`}
      disputeHref={detail.dispute ? `/merchant/disputes/${detail.dispute.id}` : undefined}
      action={
        <MerchantCancelActions
          cancelOrderId={detail.cancelOrder.id}
          orderNo={detail.order.orderNo}
          amountFen={detail.order.amountFen}
          consumerName={detail.order.consumerName}
          actions={detail.actions}
          approveOutcome={detail.approveOutcome}
        />
      }
    />
  );
}
