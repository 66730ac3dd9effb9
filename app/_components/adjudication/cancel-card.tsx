import { useTranslations } from "next-intl";
import { orderStatuses, type OrderStatus } from "@/server/domain/order";
import type { CancelSection } from "@/server/services/adjudication/case-cancel-section";
import { OrderStatusBadge } from "../order-status-badge";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";

const isOrderStatus = (s: string): s is OrderStatus => (orderStatuses as readonly string[]).includes(s);

/** DSP-CXL-1..5: for a cancel-order dispute — delivery, the order's cancel orders and interception, what was refunded. */
export function CancelCard({ cancel, timeZone }: { cancel: CancelSection; timeZone: string }) {
  const t = useTranslations("adjudication.cancel");
  const tw = useTranslations("dispute.judgment");
  const label = (group: "statuses" | "reasons" | "interceptionStatuses" | "deliveryTypes", key: string) =>
    t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key;
  return (
    <Card title={t("title")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="cancel-section">
        <dt className="text-gray-500">{t("delivery")}</dt>
        <dd>{label("deliveryTypes", cancel.order.deliveryType)}</dd>
        <dt className="text-gray-500">{t("orderStatus")}</dt>
        <dd>
          {isOrderStatus(cancel.order.status) ? <OrderStatusBadge status={cancel.order.status} /> : cancel.order.status}
        </dd>
        {cancel.order.trackingNo ? (
          <>
            <dt className="text-gray-500">{t("tracking")}</dt>
            <dd className="font-mono">
              {cancel.order.carrier ? `${cancel.order.carrier} ` : ""}
              {cancel.order.trackingNo}
            </dd>
          </>
        ) : null}
        <dt className="text-gray-500">{t("refunded")}</dt>
        <dd className="tabular-nums">{formatFen(cancel.refundedFen)}</dd>
        <dt className="text-gray-500">{t("refundable")}</dt>
        <dd className="tabular-nums">{formatFen(cancel.refundableFen)}</dd>
      </dl>
      <h3 className="mt-4 mb-2 text-sm font-semibold text-gray-800">{t("cancelOrders")}</h3>
      {cancel.cancelOrders.length === 0 ? (
        <p className="text-sm text-gray-500">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {cancel.cancelOrders.map((c) => (
            <li
              key={c.id}
              className={`rounded-md border p-2 text-sm ${c.id === cancel.planCancelOrderId ? "border-purple-300 bg-purple-50" : "border-gray-200"}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <Badge
                  tone={
                    c.status === "refund_succeeded"
                      ? "green"
                      : c.status === "rejected" || c.status === "interception_failed"
                        ? "red"
                        : "amber"
                  }
                >
                  {label("statuses", c.status)}
                </Badge>
                <span>{label("reasons", c.reason)}</span>
                {c.id === cancel.planCancelOrderId ? (
                  <span className="text-xs text-purple-700">{t("planRaised")}</span>
                ) : null}
                {c.refundedFen > 0 ? (
                  <span className="ml-auto font-medium tabular-nums">{formatFen(c.refundedFen)}</span>
                ) : null}
              </div>
              <div className="mt-1 flex flex-wrap gap-x-3 text-xs text-gray-500 tabular-nums">
                <span>
                  {t("requestedAt")} {formatDateTime(c.requestedAt, timeZone)}
                </span>
                {c.dueAt ? (
                  <span>
                    {t("dueAt")} {formatDateTime(c.dueAt, timeZone)}
                  </span>
                ) : null}
                {c.interception ? (
                  <span>
                    {t("interception")}: {label("interceptionStatuses", c.interception.status)}
                  </span>
                ) : null}
              </div>
              {c.note || c.rejectReason ? (
                <p className="mt-1 text-xs text-gray-600">{c.rejectReason ?? c.note}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {cancel.refunds.length > 0 ? (
        <>
          <h3 className="mt-4 mb-2 text-sm font-semibold text-gray-800">{t("refunds")}</h3>
          <ul className="divide-y divide-gray-100 text-sm">
            {cancel.refunds.map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-2 py-1.5">
                <span>
                  {tw.has(`refundKinds.${r.kind}`) ? tw(`refundKinds.${r.kind}`) : r.kind}{" "}
                  <span className="text-xs text-gray-500 tabular-nums">{formatDateTime(r.createdAt, timeZone)}</span>
                </span>
                <span className="font-medium tabular-nums">{formatFen(r.amountFen)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
