import { getLocale, getTranslations } from "next-intl/server";
import { WithdrawCancelButton } from "@/app/_components/cancel-orders/cancel-order-actions";
import { CancelOrderDetailView } from "@/app/_components/cancel-orders/cancel-order-detail";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "取消申请" };

/** The consumer's cancel order: where it stands, what happens next and when, refunds, timeline. */
export default async function ConsumerCancelOrderPage({ params }: { params: Promise<{ cancelOrderId: string }> }) {
  const { cancelOrderId } = await params;
  const detail = await orNotFound((await getCaller()).cancelOrder.consumer.get({ cancelOrderId }));
  const now = (await getContext()).now();
  const locale = await getLocale();
  const t = await getTranslations("cancelOrder.request");
  return (
    <CancelOrderDetailView
      detail={detail}
      serverNow={now}
      locale={locale}
      backHref={`/orders/${detail.order.id}`}
      backLabel={t("backToOrder")}
      orderHref={`/orders/${detail.order.id}`}
      disputeHref={detail.dispute ? `/disputes/${detail.dispute.id}` : undefined}
      action={
        detail.actions.withdraw ? (
          <WithdrawCancelButton cancelOrderId={detail.cancelOrder.id} orderNo={detail.order.orderNo} />
        ) : null
      }
    />
  );
}
