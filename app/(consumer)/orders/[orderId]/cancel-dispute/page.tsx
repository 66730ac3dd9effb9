import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CancelStatusBadge } from "@/app/_components/cancel-orders/cancel-status-badge";
import { DisputeAvailableAt } from "@/app/_components/cancel-orders/dispute-available-at";
import { localized } from "@/app/_components/disputes/localized";
import { OpenDisputeForm } from "@/app/_components/disputes/open-dispute-form";
import { formatFen } from "@/app/_components/format";
import { Card } from "@/app/_components/ui/card";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";
import { HOUR_MS } from "@/server/domain/time";

export const metadata = { title: "发起取消订单纠纷" };

/** DSP-1 / DSP-CXL-1: the consumer opens a cancel dispute — told first what the merchant may answer and what follows. */
export default async function OpenCancelDisputePage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const options = await orNotFound((await getCaller()).dispute.consumer.cancelOpenable({ orderId }));
  const t = await getTranslations("cancelOrder.dispute");
  const td = await getTranslations("dispute");
  const tr = await getTranslations("cancelOrder.request");
  const to = await getTranslations("order");
  const locale = await getLocale();
  const serverNow = (await getContext()).now();
  const { order, policy } = options;
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4">
      <Link href={`/orders/${order.id}`} className="text-sm text-blue-700 hover:underline">
        ← {tr("backToOrder")}
      </Link>
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <Card title={td("case.title")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-gray-500">{td("case.order")}</dt>
          <dd className="font-mono">{order.orderNo}</dd>
          <dt className="text-gray-500">{td("case.shop")}</dt>
          <dd>{order.shopName}</dd>
          <dt className="text-gray-500">{td("case.amount")}</dt>
          <dd className="tabular-nums">{formatFen(order.amountFen)}</dd>
          <dt className="text-gray-500">{to("status")}</dt>
          <dd>
            {to(`statuses.${order.status}`)} · {to(`deliveryTypes.${order.deliveryType}`)}
          </dd>
          <dt className="text-gray-500">{td("case.policy")}</dt>
          <dd>{localized(policy.name, locale)}</dd>
        </dl>
        {options.liveCancelOrder ? (
          <p className="mt-3 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <CancelStatusBadge status={options.liveCancelOrder.status} />
            {t("liveCancel")}
            <Link href={`/cancel-orders/${options.liveCancelOrder.id}`} className="text-blue-700 hover:underline">
              {td("cancelCase.view")} →
            </Link>
          </p>
        ) : null}
      </Card>
      <Card title={td("open.nextTitle")}>
        <div className="flex flex-col gap-2 text-sm text-gray-700">
          <p>{t("intro", { hours: Math.round(policy.answerWindowMs / HOUR_MS) })}</p>
          <p>{t("confirmHint", { hours: Math.round(policy.confirmWindowMs / HOUR_MS) })}</p>
        </div>
      </Card>
      <Card title={td("open.title")}>
        {options.liveDisputeId ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {t("live")}
            <Link href={`/disputes/${options.liveDisputeId}`} className="text-blue-700 hover:underline">
              {t("viewLive")} →
            </Link>
          </p>
        ) : options.available ? (
          <OpenDisputeForm orderId={order.id} />
        ) : (
          <div className="flex flex-col gap-2">
            <p className="text-sm text-gray-600">
              {t("unavailable")}
              {options.unavailableReason ? `:${localized(options.unavailableReason, locale)}` : ""}
            </p>
            {options.availableAt ? (
              <DisputeAvailableAt availableAt={options.availableAt} timeZone={order.timeZone} serverNow={serverNow} />
            ) : null}
          </div>
        )}
      </Card>
    </div>
  );
}
