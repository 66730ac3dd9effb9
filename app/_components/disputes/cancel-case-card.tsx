import { useTranslations } from "next-intl";
import Link from "next/link";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { CancelReasonLabel, CancelStatusBadge, InterceptionBadge } from "../cancel-orders/cancel-status-badge";
import { Countdown } from "../countdown";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";

/** Where each audience opens a cancel order (admins have no cancel-order page: no link). */
export function cancelOrderHref(viewer: DisputeDetail["viewer"], id: string): string | null {
  if (viewer === "consumer") return `/cancel-orders/${id}`;
  if (viewer === "merchant") return `/merchant/cancel-orders/${id}`;
  return null;
}

/**
 * DSP-CXL-1..5 context of a cancel dispute: the order's delivery (platform or third-party)
 * and state, and every cancel order of the order — the plan's own, marked, with its live 48h
 * countdown and interception — so a pending request left by an agreed rejection (DSP-CXL-3)
 * is one click from being rejected by hand.
 */
export function CancelCaseCard({ detail, serverNow }: { detail: DisputeDetail; serverNow: Date }) {
  const t = useTranslations("dispute");
  const to = useTranslations("order");
  const tc = useTranslations("cancelOrder");
  const cancel = detail.cancel;
  if (!cancel) return null;
  const tz = detail.order.timeZone;
  return (
    <Card title={t("cancelCase.title")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-gray-500">{t("cancelCase.delivery")}</dt>
        <dd>{to(`deliveryTypes.${cancel.order.deliveryType}`)}</dd>
        <dt className="text-gray-500">{t("cancelCase.orderStatus")}</dt>
        <dd>{to(`statuses.${cancel.order.status}`)}</dd>
        <dt className="text-gray-500">{t("cancelCase.tracking")}</dt>
        <dd className="min-w-0 break-words">
          {cancel.order.carrier ?? "—"} <span className="font-mono">{cancel.order.trackingNo ?? ""}</span>
        </dd>
      </dl>
      <h3 className="mt-4 mb-2 border-t border-gray-100 pt-3 text-sm font-semibold text-gray-800">
        {t("cancelCase.cancelOrders")}
      </h3>
      {cancel.cancelOrders.length === 0 ? (
        <p className="text-sm text-gray-500">{t("cancelCase.none")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-gray-100 text-sm" data-testid="dispute-cancel-orders">
          {cancel.cancelOrders.map((c) => {
            const href = cancelOrderHref(detail.viewer, c.id);
            const ofPlan = c.id === cancel.planCancelOrderId;
            return (
              <li key={c.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-2">
                <CancelStatusBadge status={c.status} />
                <CancelReasonLabel reason={c.reason} />
                {ofPlan ? <Badge tone="blue">{t("cancelCase.planCancelOrder")}</Badge> : null}
                {c.status === "logistics_pending" && c.dueAt ? (
                  <span className="flex items-center gap-1 text-xs text-gray-600">
                    {t("cancelCase.countdown")} <Countdown due={c.dueAt} serverNow={serverNow} timeZone={tz} />
                  </span>
                ) : null}
                {c.interception ? <InterceptionBadge status={c.interception.status} /> : null}
                {c.refundedFen > 0 ? (
                  <span className="text-xs text-green-700 tabular-nums">
                    {tc("list.refunded")} {formatFen(c.refundedFen)}
                  </span>
                ) : null}
                <span className="text-xs text-gray-500 tabular-nums">{formatDateTime(c.requestedAt, tz)}</span>
                {href ? (
                  <Link href={href} className="ml-auto text-blue-700 hover:underline">
                    {detail.viewer === "merchant" &&
                    c.status === "pending" &&
                    detail.chosenPlan?.key === "agreed_rejection"
                      ? t("cancelCase.goReject")
                      : t("cancelCase.view")}{" "}
                    →
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
