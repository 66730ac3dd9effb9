"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/client";
import { Countdown } from "../countdown";
import { localized } from "../disputes/localized";
import { Card } from "../ui/card";
import { ListState } from "../ui/data-table/list-state";
import { CancelStatusBadge } from "./cancel-status-badge";
import { DisputeAvailableAt } from "./dispute-available-at";

const linkButton = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset";

/**
 * On the consumer's order page: the cancel request in motion (status, live countdown), or the
 * entry to ask for one; and the entry to a cancel dispute (DSP-1), or the live one, or when it
 * opens (DSP-CXL-7: after a rejection, or once the request's review window has passed).
 */
export function ConsumerOrderCancelCard({ orderId, serverNow }: { orderId: string; serverNow: Date }) {
  const t = useTranslations("cancelOrder.orderCard");
  const locale = useLocale();
  const trpc = useTRPC();
  const requestable = useQuery(trpc.cancelOrder.consumer.requestable.queryOptions({ orderId }));
  const disputable = useQuery(trpc.dispute.consumer.cancelOpenable.queryOptions({ orderId }));
  const status =
    requestable.status === "error" || disputable.status === "error"
      ? "error"
      : requestable.status === "pending" || disputable.status === "pending"
        ? "pending"
        : "success";
  const live = disputable.data?.liveCancelOrder ?? null;
  const liveId = requestable.data?.liveCancelOrderId ?? live?.id ?? null;
  const canRequest = requestable.data?.available === true && !liveId;
  const disputeId = disputable.data?.liveDisputeId ?? null;
  const canDispute = disputable.data?.available === true && !disputeId;
  const availableAt = disputeId ? null : (disputable.data?.availableAt ?? null);
  const reviewHours = Math.round((disputable.data?.policy.reviewWindowMs ?? 0) / 3_600_000);
  const nothing = !liveId && !canRequest && !disputeId && !canDispute;
  return (
    <Card title={t("title")}>
      <div data-testid="order-cancel-card" data-state={status}>
        <ListState
          status={status}
          empty={nothing}
          emptyText={
            requestable.data?.unavailableReason ? localized(requestable.data.unavailableReason, locale) : t("none")
          }
          onRetry={() => {
            void requestable.refetch();
            void disputable.refetch();
          }}
        >
          <div className="flex flex-col gap-3 text-sm">
            {liveId ? (
              <p className="flex flex-wrap items-center gap-2">
                {live ? <CancelStatusBadge status={live.status} /> : null}
                {live?.status === "logistics_pending" && live.dueAt ? (
                  <Countdown due={live.dueAt} serverNow={serverNow} />
                ) : null}
                <Link href={`/cancel-orders/${liveId}`} className="text-blue-700 hover:underline">
                  {t("view")} →
                </Link>
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2">
              {canRequest ? (
                <Link
                  href={`/orders/${orderId}/cancel`}
                  className={`${linkButton} bg-brand-500 text-white ring-brand-500 hover:bg-brand-600`}
                >
                  {t("request")}
                </Link>
              ) : null}
              {disputeId ? (
                <Link
                  href={`/disputes/${disputeId}`}
                  className={`${linkButton} text-brand-600 ring-brand-500 hover:bg-brand-500/5`}
                >
                  {t("viewDispute")}
                </Link>
              ) : canDispute ? (
                <Link
                  href={`/orders/${orderId}/cancel-dispute`}
                  className={`${linkButton} text-brand-600 ring-brand-500 hover:bg-brand-500/5`}
                >
                  {t("openDispute")}
                </Link>
              ) : null}
            </div>
            {canDispute ? (
              <p className="text-xs text-gray-500">
                <span className="font-medium text-gray-700">{t("disputeNow")}</span> · {t("disputeHint")}
              </p>
            ) : null}
            {availableAt && disputable.data ? (
              <DisputeAvailableAt
                availableAt={availableAt}
                timeZone={disputable.data.order.timeZone}
                serverNow={serverNow}
              />
            ) : null}
            {canRequest && !canDispute && !disputeId ? (
              <p className="text-xs text-gray-500">{t("disputeAfterRequest", { hours: reviewHours })}</p>
            ) : null}
          </div>
        </ListState>
      </div>
    </Card>
  );
}

/** On the merchant's order page: this order's cancel orders, each one click from the cancel-order module. */
export function MerchantOrderCancelCard({ orderNo, serverNow }: { orderNo: string; serverNow: Date }) {
  const t = useTranslations("cancelOrder");
  const trpc = useTRPC();
  const query = useQuery(trpc.cancelOrder.merchant.list.queryOptions({ orderNo, limit: 10 }));
  const rows = query.data?.items ?? [];
  return (
    <Card title={t("orderCard.history")}>
      <ListState
        status={query.status}
        empty={rows.length === 0}
        emptyText={t("orderCard.none")}
        onRetry={() => void query.refetch()}
      >
        <ul className="divide-y divide-gray-100 text-sm">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center gap-2 py-2">
              <CancelStatusBadge status={row.status} />
              <span>{t(`reasons.${row.reason}`)}</span>
              {row.status === "logistics_pending" && row.dueAt ? (
                <Countdown due={row.dueAt} serverNow={serverNow} />
              ) : null}
              <Link href={`/merchant/cancel-orders/${row.id}`} className="ml-auto text-blue-700 hover:underline">
                {t("orderCard.merchantView")} →
              </Link>
            </li>
          ))}
        </ul>
      </ListState>
    </Card>
  );
}
