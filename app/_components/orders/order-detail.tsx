import { getTranslations } from "next-intl/server";
import { getContext } from "@/app/_trpc/server";
import type { OrderDetail } from "@/server/services/orders/get-order";
import { ConsumerOrderCancelCard, MerchantOrderCancelCard } from "../cancel-orders/order-cancel-card";
import { formatDateTime, formatFen } from "../format";
import { getStoredText } from "../system-text-server";
import { OrderStatusBadge } from "../order-status-badge";
import { OrderServiceTimeline } from "./order-service-timeline";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";

/** placed → paid → shipped → signed → completed, or cancelled / closed unpaid (cancelledAt holds both). */
const steps = ["placedAt", "paidAt", "shippedAt", "signedAt", "completedAt", "cancelledAt"] as const;

/**
 * An order's full picture. `viewer` decides what personal data shows (merchants see a masked phone),
 * and the cancel card: the consumer's request / cancel-dispute entries, the merchant's cancel orders.
 */
export async function OrderDetailView({
  order,
  viewer,
}: {
  order: OrderDetail;
  viewer: "consumer" | "merchant" | "admin";
}) {
  const t = await getTranslations();
  const storedText = await getStoredText();
  const now = (await getContext()).now();
  const tz = order.shop.timeZone;
  const phone =
    viewer === "merchant" ? order.consumer.phone.replace(/^(\d{3})\d{4}(\d{4})$/, "$1****$2") : order.consumer.phone;
  const itemsTotal = order.items.reduce((sum, i) => sum + i.quantity * i.unitPriceFen, 0);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">
          {t("order.detail")} <span className="font-mono text-base text-gray-600">{order.orderNo}</span>
        </h1>
        <OrderStatusBadge status={order.status} />
        {order.worryFree ? <Badge tone="purple">{t("order.worryFree")}</Badge> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("order.items")} className="lg:col-span-2">
          <ul className="divide-y divide-gray-100">
            {order.items.map((item) => (
              <li key={item.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span className="min-w-0 flex-1">
                  {item.name}
                  <span className="block font-mono text-xs text-gray-500">{item.sku}</span>
                </span>
                <span className="text-gray-500 tabular-nums">
                  {formatFen(item.unitPriceFen)} × {item.quantity}
                </span>
                <span className="w-24 text-right tabular-nums">{formatFen(item.unitPriceFen * item.quantity)}</span>
              </li>
            ))}
          </ul>
          <dl className="mt-3 flex flex-col items-end gap-1 border-t border-gray-100 pt-3 text-sm">
            <div className="flex gap-4 text-gray-600">
              <dt>{t("order.items")}</dt>
              <dd className="w-24 text-right tabular-nums">{formatFen(itemsTotal)}</dd>
            </div>
            <div className="flex gap-4 text-gray-600">
              <dt>{t("order.shipping")}</dt>
              <dd className="w-24 text-right tabular-nums">{formatFen(order.shippingFen)}</dd>
            </div>
            <div className="flex gap-4 font-semibold">
              <dt>{t("order.amount")}</dt>
              <dd className="w-24 text-right text-brand-600 tabular-nums">{formatFen(order.amountFen)}</dd>
            </div>
          </dl>
        </Card>
        <Card title={t("order.timeline")}>
          <ol className="flex flex-col gap-3">
            {steps.map((step) => {
              const at = order[step];
              if (!at) return null;
              return (
                <li key={step} className="flex items-start gap-2 text-sm">
                  <span
                    className={`mt-1.5 size-2 shrink-0 rounded-full ${step === "cancelledAt" ? "bg-gray-400" : "bg-brand-500"}`}
                  />
                  <span className="flex-1">
                    {step === "cancelledAt" && order.status === "closed_unpaid"
                      ? t("order.steps.closedUnpaidAt")
                      : t(`order.steps.${step}`)}
                  </span>
                  <time className="text-gray-500 tabular-nums">{formatDateTime(at, tz)}</time>
                </li>
              );
            })}
          </ol>
          <OrderServiceTimeline serviceOrders={order.serviceOrders} viewer={viewer} timeZone={tz} />
        </Card>
        <Card title={t("order.delivery")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
            <dt className="text-gray-500">{t("order.shop")}</dt>
            <dd>{order.shop.name}</dd>
            <dt className="text-gray-500">{t("order.delivery")}</dt>
            <dd>{t(`order.deliveryTypes.${order.deliveryType}`)}</dd>
            <dt className="text-gray-500">{t("order.carrier")}</dt>
            <dd>{order.carrier ?? "—"}</dd>
            <dt className="text-gray-500">{t("order.tracking")}</dt>
            <dd className="font-mono">{order.trackingNo ?? "—"}</dd>
          </dl>
        </Card>
        <Card title={t("order.consumer")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
            <dt className="text-gray-500">{t("order.consumer")}</dt>
            <dd>{order.consumer.name}</dd>
            <dt className="text-gray-500">{t("order.phone")}</dt>
            <dd className="tabular-nums">{phone}</dd>
            <dt className="text-gray-500">{t("order.address")}</dt>
            <dd>{order.shippingAddress}</dd>
          </dl>
        </Card>
        {viewer === "consumer" ? <ConsumerOrderCancelCard orderId={order.id} serverNow={now} /> : null}
        {viewer === "merchant" ? <MerchantOrderCancelCard orderNo={order.orderNo} serverNow={now} /> : null}
        <Card title={t("order.refunds")}>
          {order.refunds.length === 0 ? (
            <p className="text-sm text-gray-500">{t("order.noRefunds")}</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm">
              {order.refunds.map((r) => (
                <li key={r.id} className="flex justify-between gap-2">
                  <span>{storedText(r.reasonMessage, r.reason)}</span>
                  <span className="tabular-nums">
                    {formatFen(r.amountFen)} · {formatDateTime(r.createdAt, tz)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
