"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { isLiveServiceOrderStatus } from "@/server/domain/after-sales";
import { useTRPC } from "@/app/_trpc/client";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import { Card } from "../ui/card";
import { ListState } from "../ui/data-table/list-state";
import { ItemAvailability } from "./availability";
import { ServiceStatusBadge, useTypeLabel } from "./labels";

const linkButton = "rounded-md bg-brand-500 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600";

/**
 * On the consumer's order page (AS-1): what each item may be applied for and until when (or why
 * not), the 申请售后 entry, and this order's service orders with their status and deadline.
 */
export function OrderAfterSalesCard({
  orderId,
  timeZone,
  serverNow,
}: {
  orderId: string;
  timeZone: string;
  serverNow: Date;
}) {
  const t = useTranslations("afterSales");
  const typeLabel = useTypeLabel();
  const trpc = useTRPC();
  const options = useQuery(trpc.afterSales.consumer.options.queryOptions({ orderId }));
  const ofOrder = useQuery(trpc.afterSales.consumer.ofOrder.queryOptions({ orderId }));
  const status =
    options.status === "error" || ofOrder.status === "error"
      ? "error"
      : options.status === "pending" || ofOrder.status === "pending"
        ? "pending"
        : "success";
  const items = options.data?.items ?? [];
  const canApply = items.some((i) => i.blocked === null && i.available.length > 0);
  const serviceOrders = ofOrder.data ?? [];
  return (
    <Card
      title={t("consumer.applyTitle")}
      actions={
        canApply ? (
          <Link href={`/orders/${orderId}/after-sales`} className={linkButton} data-testid="apply-after-sales">
            {t("consumer.applyLink")}
          </Link>
        ) : null
      }
    >
      <div data-testid="order-after-sales-card" data-state={status}>
        <ListState
          status={status}
          empty={false}
          onRetry={() => {
            void options.refetch();
            void ofOrder.refetch();
          }}
        >
          <div className="flex flex-col gap-3 text-sm">
            <ul className="flex flex-col gap-2">
              {items.map((item) => (
                <li key={item.orderItemId}>
                  <span className="font-medium">{item.name}</span>
                  <ItemAvailability item={item} timeZone={timeZone} />
                </li>
              ))}
            </ul>
            <h3 className="border-t border-gray-100 pt-2 text-xs font-medium text-gray-600">
              {t("consumer.serviceOrders")}
            </h3>
            {serviceOrders.length === 0 ? <p className="text-xs text-gray-500">{t("consumer.noneYet")}</p> : null}
            <ol className="flex flex-col gap-2">
              {serviceOrders.map((so) => (
                <li key={so.id} className="flex flex-wrap items-center gap-2" data-testid="order-service-order">
                  <time className="text-xs text-gray-500 tabular-nums">{formatDateTime(so.appliedAt, timeZone)}</time>
                  <span>{typeLabel(so.type, so.repairMode)}</span>
                  <ServiceStatusBadge status={so.status} />
                  {so.dueAt && isLiveServiceOrderStatus(so.status) ? (
                    <Countdown due={so.dueAt} serverNow={serverNow} timeZone={timeZone} />
                  ) : null}
                  <Link href={`/after-sales/${so.id}`} className="ml-auto text-blue-700 hover:underline">
                    {t("consumer.viewServiceOrder")} →
                  </Link>
                </li>
              ))}
            </ol>
          </div>
        </ListState>
      </div>
    </Card>
  );
}
