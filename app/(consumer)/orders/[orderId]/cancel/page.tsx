import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CancelRequestForm } from "@/app/_components/cancel-orders/cancel-request-form";
import { localized } from "@/app/_components/disputes/localized";
import { formatFen } from "@/app/_components/format";
import { Card } from "@/app/_components/ui/card";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "申请取消订单" };

/** The consumer asks to cancel a paid or shipped order; the merchant reviews it in its cancel-order module. */
export default async function RequestCancelPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const options = await orNotFound((await getCaller()).cancelOrder.consumer.requestable({ orderId }));
  const t = await getTranslations("cancelOrder.request");
  const to = await getTranslations("order");
  const locale = await getLocale();
  const { order } = options;
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4">
      <Link href={`/orders/${order.id}`} className="text-sm text-blue-700 hover:underline">
        ← {t("backToOrder")}
      </Link>
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="text-sm text-gray-600">
        <span className="font-mono">{order.orderNo}</span> · {order.shopName} · {to(`statuses.${order.status}`)} ·{" "}
        {to(`deliveryTypes.${order.deliveryType}`)} · <span className="tabular-nums">{formatFen(order.amountFen)}</span>
      </p>
      <Card>
        {options.liveCancelOrderId ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {t("live")}
            <Link href={`/cancel-orders/${options.liveCancelOrderId}`} className="text-blue-700 hover:underline">
              {t("viewLive")} →
            </Link>
          </p>
        ) : options.available ? (
          <>
            <p className="mb-4 text-sm leading-relaxed text-gray-700">{t("intro")}</p>
            <CancelRequestForm orderId={order.id} reasons={options.reasons} />
          </>
        ) : (
          <p className="text-sm text-gray-600">
            {t("unavailable")}
            {options.unavailableReason ? `:${localized(options.unavailableReason, locale)}` : ""}
          </p>
        )}
      </Card>
    </div>
  );
}
