import { useLocale, useTranslations } from "next-intl";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { formatWhen } from "../cancel-orders/when";
import { formatDateTime, formatFen } from "../format";
import { Card } from "../ui/card";

/** The order's refund status in a cancel dispute: refunded (how much, when, by what), or what it waits for. */
export function RefundStatusCard({ detail }: { detail: DisputeDetail }) {
  const t = useTranslations("dispute.refund");
  const locale = useLocale();
  const cancel = detail.cancel;
  if (!cancel) return null;
  const tz = detail.order.timeZone;
  const planOrder = cancel.cancelOrders.find((c) => c.id === cancel.planCancelOrderId) ?? null;
  const live =
    cancel.cancelOrders.find((c) => c.status === "intercepting" || c.status === "logistics_pending") ?? planOrder;
  let headline: { text: string; tone: string };
  if (cancel.refundedFen > 0)
    headline = { text: t("refunded", { amount: formatFen(cancel.refundedFen) }), tone: "text-green-700" };
  else if (live?.status === "intercepting") headline = { text: t("waitingInterception"), tone: "text-purple-800" };
  else if (live?.status === "logistics_pending" && live.dueAt)
    headline = { text: t("waitingWindow", { at: formatWhen(live.dueAt, tz, locale) }), tone: "text-blue-800" };
  else headline = { text: t("none"), tone: "text-gray-700" };
  return (
    <Card title={t("title")}>
      <p className={`text-base font-semibold ${headline.tone}`} data-testid="refund-status">
        {headline.text}
      </p>
      <p className="text-xs text-gray-500 tabular-nums">
        {t("ofTotal", { amount: formatFen(detail.order.amountFen) })}
      </p>
      {cancel.refunds.length > 0 ? (
        <ul className="mt-3 divide-y divide-gray-100 border-t border-gray-100 text-sm">
          {cancel.refunds.map((r) => (
            <li key={r.id} className="flex items-center justify-between gap-2 py-1.5">
              <span className="min-w-0">
                {t(`sources.${r.sourceType}`)} · {t(`kinds.${r.kind}`)}
                <span className="block text-xs text-gray-500 tabular-nums">{formatDateTime(r.createdAt, tz)}</span>
              </span>
              <span className="font-medium tabular-nums">{formatFen(r.amountFen)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
