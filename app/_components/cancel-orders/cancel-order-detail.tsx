import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Countdown } from "../countdown";
import { formatDateTime, formatFen } from "../format";
import { useStoredText } from "../system-text";
import { Timeline } from "../timeline";
import { Card } from "../ui/card";
import { CancelReasonLabel, CancelStatusBadge, InterceptionBadge } from "./cancel-status-badge";
import { ExplainLines } from "./explain-lines";
import type { CancelOrderDetail } from "./types";
import { formatWhen } from "./when";

const row = (label: string, value: ReactNode) => (
  <>
    <dt className="text-gray-500">{label}</dt>
    <dd className="min-w-0 break-words">{value}</dd>
  </>
);

/**
 * One cancel order for any audience (DSP-CXL-2..6): review status and reason, what happens
 * next (with the live 48h countdown while logistics is pending), the order and its parcel,
 * the interception, the refunds made for it, the action this viewer may take, the timeline.
 */
export function CancelOrderDetailView(props: {
  detail: CancelOrderDetail;
  serverNow: Date;
  locale: string;
  backHref: string;
  /** The back link's words; the merchant's default is "back to cancel orders". */
  backLabel?: string;
  orderHref: string;
  disputeHref?: string;
  action?: ReactNode;
}) {
  const { detail, serverNow } = props;
  const t = useTranslations("cancelOrder");
  const to = useTranslations("order");
  const storedText = useStoredText();
  const c = detail.cancelOrder;
  const o = detail.order;
  const tz = o.timeZone;
  const windowOpen = c.status === "logistics_pending" && c.dueAt;
  return (
    <div className="flex flex-col gap-4">
      <Link href={props.backHref} className="text-sm text-blue-700 hover:underline">
        ← {props.backLabel ?? t("backToList")}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">{t("detailTitle")}</h1>
        <CancelStatusBadge status={c.status} />
        <CancelReasonLabel reason={c.reason} />
        <span className="font-mono text-xs text-gray-500">{c.id}</span>
      </div>
      <Card>
        <div className="flex flex-col gap-3">
          {c.status === "pending" && c.reviewDueAt ? (
            <p
              className="flex flex-wrap items-center gap-2 text-sm font-medium text-gray-900"
              data-testid="cancel-review-window"
            >
              {t("detail.reviewTitle")}
              <Countdown due={c.reviewDueAt} serverNow={serverNow} timeZone={tz} />
              <span className="text-xs font-normal text-gray-600 tabular-nums">
                {t("detail.reviewEndsAt", { at: formatWhen(c.reviewDueAt, tz, props.locale) })}
              </span>
            </p>
          ) : null}
          {windowOpen && c.dueAt ? (
            <p
              className="flex flex-wrap items-center gap-2 text-sm font-medium text-blue-900"
              data-testid="cancel-window"
            >
              {t("detail.windowTitle")}
              <Countdown due={c.dueAt} serverNow={serverNow} timeZone={tz} />
              <span className="text-xs font-normal text-gray-600 tabular-nums">
                {t("detail.windowEndsAt", { at: formatWhen(c.dueAt, tz, props.locale) })}
              </span>
            </p>
          ) : null}
          <ExplainLines
            facts={{ ...c, order: { status: o.status, deliveryType: o.deliveryType, amountFen: o.amountFen } }}
            timeZone={tz}
          />
        </div>
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
          {props.action}
          <Card title={t("title")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
              {row(t("detail.status"), <CancelStatusBadge status={c.status} />)}
              {row(t("detail.reason"), <CancelReasonLabel reason={c.reason} />)}
              {c.requestReason && c.requestReason !== c.reason
                ? row(t("detail.requestReason"), t(`reasons.${c.requestReason}`))
                : null}
              {row(t("detail.origin"), t(`origins.${c.origin}`))}
              {c.note ? row(t("detail.note"), c.note) : null}
              {c.noteMessage ? row(t("detail.note"), storedText(c.noteMessage)) : null}
              {row(t("detail.requestedAt"), <span className="tabular-nums">{formatDateTime(c.requestedAt, tz)}</span>)}
              {c.decidedAt
                ? row(
                    t("detail.decidedAt"),
                    <span className="tabular-nums">
                      {formatDateTime(c.decidedAt, tz)}
                      {c.decidedByName ? ` · ${c.decidedByName}` : ""}
                    </span>,
                  )
                : null}
              {c.rejectReason
                ? row(t("detail.rejectReason"), <span className="text-red-800">{c.rejectReason}</span>)
                : null}
              {c.closedAt
                ? row(t("detail.closedAt"), <span className="tabular-nums">{formatDateTime(c.closedAt, tz)}</span>)
                : null}
              {detail.dispute && props.disputeHref
                ? row(
                    t("detail.dispute"),
                    <Link href={props.disputeHref} className="text-blue-700 hover:underline">
                      {t("detail.viewDispute")}
                    </Link>,
                  )
                : null}
            </dl>
          </Card>
          <Card
            title={t("detail.order")}
            actions={
              <Link href={props.orderHref} className="text-xs text-blue-700 hover:underline">
                {t("detail.viewOrder")}
              </Link>
            }
          >
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
              {row(to("orderNo"), <span className="font-mono">{o.orderNo}</span>)}
              {row(t("detail.orderStatus"), to(`statuses.${o.status}`))}
              {row(t("detail.delivery"), to(`deliveryTypes.${o.deliveryType}`))}
              {row(t("detail.amount"), <span className="tabular-nums">{formatFen(o.amountFen)}</span>)}
              {row(t("detail.refunded"), <span className="font-medium tabular-nums">{formatFen(c.refundedFen)}</span>)}
              {row(t("detail.carrier"), o.carrier ?? "—")}
              {row(t("detail.tracking"), <span className="font-mono">{o.trackingNo ?? "—"}</span>)}
              {detail.viewer === "consumer"
                ? row(t("detail.shop"), o.shopName)
                : row(t("detail.consumer"), o.consumerName)}
            </dl>
          </Card>
          {detail.interception ? (
            <Card title={t("detail.interception")}>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
                {row(t("detail.interceptionStatus"), <InterceptionBadge status={detail.interception.status} />)}
                {row(
                  t("detail.interceptionRequestedAt"),
                  <span className="tabular-nums">{formatDateTime(detail.interception.requestedAt, tz)}</span>,
                )}
                {detail.interception.resolvedAt
                  ? row(
                      t("detail.interceptionResolvedAt"),
                      <span className="tabular-nums">{formatDateTime(detail.interception.resolvedAt, tz)}</span>,
                    )
                  : null}
              </dl>
            </Card>
          ) : null}
          <Card title={t("detail.refunds")}>
            {detail.refunds.length === 0 ? (
              <p className="text-sm text-gray-500">{t("detail.noRefunds")}</p>
            ) : (
              <ul className="divide-y divide-gray-100 text-sm">
                {detail.refunds.map((r) => (
                  <li key={r.id} className="flex items-center justify-between gap-2 py-1.5">
                    <span className="min-w-0">
                      {storedText(r.reasonMessage, r.reason)}
                      <span className="ml-2 text-xs text-gray-500 tabular-nums">{formatDateTime(r.createdAt, tz)}</span>
                    </span>
                    <span className="font-medium tabular-nums">{formatFen(r.amountFen)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Card title={t("detail.timeline")}>
            <Timeline entries={detail.timeline} timeZone={tz} />
          </Card>
        </div>
      </div>
    </div>
  );
}
