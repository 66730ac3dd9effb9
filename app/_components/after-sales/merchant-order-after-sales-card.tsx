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
import { ServiceStatusBadge, useTypeLabel } from "./labels";

/** On the merchant's order page: this order's service orders, each with its status, running deadline and link. */
export function MerchantOrderAfterSalesCard({
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
  const ofOrder = useQuery(trpc.afterSales.merchant.ofOrder.queryOptions({ orderId }));
  const rows = ofOrder.data ?? [];
  return (
    <Card title={t("orderPage.merchantCardTitle")}>
      <div data-testid="merchant-order-after-sales" data-state={ofOrder.status}>
        <ListState
          status={ofOrder.status}
          empty={rows.length === 0}
          emptyText={t("orderPage.none")}
          onRetry={() => void ofOrder.refetch()}
        >
          <ol className="flex flex-col gap-2 text-sm">
            {rows.map((so) => {
              const live = isLiveServiceOrderStatus(so.status);
              return (
                <li key={so.id} className="flex flex-wrap items-center gap-2" data-testid="order-service-order">
                  <span className="font-mono text-xs">{so.serviceNo}</span>
                  <span>{typeLabel(so.type, so.repairMode)}</span>
                  <span className="text-gray-500">{t(`reasons.${so.reason}`)}</span>
                  <ServiceStatusBadge status={so.status} />
                  {so.dueAt && live ? <Countdown due={so.dueAt} serverNow={serverNow} timeZone={timeZone} /> : null}
                  <time className="text-xs text-gray-500 tabular-nums">{formatDateTime(so.appliedAt, timeZone)}</time>
                  <Link href={`/merchant/after-sales/${so.id}`} className="ml-auto text-blue-700 hover:underline">
                    {live ? t("orderPage.handle") : t("orderPage.view")} →
                  </Link>
                </li>
              );
            })}
          </ol>
        </ListState>
      </div>
    </Card>
  );
}
