import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Countdown } from "../countdown";
import { formatDate, formatDateTime, formatFen } from "../format";
import { Card } from "../ui/card";
import { ComplaintSteps } from "./complaint-steps";
import { EvidenceSlots } from "./evidence-slots";
import { ComplaintStatusBadge } from "./labels";
import type { ComplaintDetail } from "./types";

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs text-gray-500">{label}</dt>
      <dd className="text-sm text-gray-900">{children}</dd>
    </div>
  );
}

/**
 * MAL-1/MAL-2: one complaint — status, the running deadline, the decision (and the mark it made), a material
 * request with its countdown (`supplement` is the merchant's form), the orders, the evidence by slot, the
 * progress. Used by the merchant's detail page and the admins' review page (`review` is the decision form).
 */
export function ComplaintDetailView(props: {
  detail: ComplaintDetail;
  timeZone: string;
  serverNow: Date;
  backHref: string;
  backLabel: string;
  orderHref: (orderId: string) => string;
  facts?: ReactNode;
  supplement?: ReactNode;
  review?: ReactNode;
  aside?: ReactNode;
}) {
  const t = useTranslations("complaint");
  const tOrder = useTranslations("order.statuses");
  const { detail, timeZone: tz } = props;
  const decided = (detail.status === "upheld" || detail.status === "dismissed") && detail.decidedAt;
  return (
    <div className="flex flex-col gap-4">
      <Link href={props.backHref} className="text-sm text-blue-700 hover:underline">
        ← {props.backLabel}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">
          {t("detail.title")} <span className="font-mono">{detail.complaintNo}</span>
        </h1>
        <span data-testid="complaint-status" data-status={detail.status}>
          <ComplaintStatusBadge status={detail.status} />
        </span>
      </div>
      <Card>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Fact label={t("detail.category")}>{t(`categories.${detail.category}`)}</Fact>
          <Fact label={t("detail.buyer")}>{detail.consumerName}</Fact>
          <Fact label={t("detail.filedAt")}>{formatDateTime(detail.filedAt, tz)}</Fact>
          {detail.status === "pending_review" && detail.reviewDueAt ? (
            <Fact label={t("detail.reviewDue")}>
              <Countdown due={detail.reviewDueAt} serverNow={props.serverNow} timeZone={tz} />
            </Fact>
          ) : null}
          {props.facts}
        </dl>
      </Card>

      {decided ? (
        <Card title={t("detail.decision")}>
          <div className="flex flex-col gap-1 text-sm" data-testid="complaint-decision">
            <p className="font-medium">{t(`statuses.${detail.status}`)}</p>
            <p className="text-xs text-gray-500">
              {t("detail.decidedAt")}: {formatDateTime(decided, tz)}
            </p>
            {detail.decisionReason ? (
              <p className="rounded bg-gray-50 px-2 py-1">
                {t("detail.reason")}: {detail.decisionReason}
              </p>
            ) : null}
            {detail.mark ? (
              <p className="text-xs text-red-700">
                {t("detail.markSince", {
                  since: formatDate(detail.mark.since, tz),
                  expires: formatDate(detail.mark.expiresAt, tz),
                })}
              </p>
            ) : null}
          </div>
        </Card>
      ) : null}

      {detail.materialRequestedAt ? (
        <Card title={t("detail.materialRequest")}>
          <div className="flex flex-col gap-2 text-sm" data-testid="material-request">
            {detail.materialRequestNote ? (
              <p className="rounded bg-blue-50 px-2 py-1 text-blue-900">{detail.materialRequestNote}</p>
            ) : null}
            {detail.supplementedAt ? (
              <p className="text-xs text-gray-600">
                {t("detail.supplemented")} · {formatDateTime(detail.supplementedAt, tz)}
              </p>
            ) : detail.status === "needs_material" && detail.materialDueAt ? (
              <p className="flex flex-wrap items-center gap-2 text-xs text-gray-600">
                {t("detail.materialDue")}
                <Countdown due={detail.materialDueAt} serverNow={props.serverNow} timeZone={tz} />
              </p>
            ) : null}
            {detail.can.supplement ? props.supplement : null}
          </div>
        </Card>
      ) : null}

      {props.review}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
          <Card title={t("detail.statement")}>
            <p className="text-sm break-words whitespace-pre-wrap">{detail.statement}</p>
          </Card>
          <Card title={`${t("detail.orders")} (${detail.orders.length})`}>
            <ul className="flex flex-col divide-y divide-gray-100 text-sm" data-testid="complaint-orders">
              {detail.orders.map((order) => (
                <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={props.orderHref(order.id)} className="font-mono text-blue-700 hover:underline">
                    {order.orderNo}
                  </Link>
                  <span className="text-xs text-gray-600">
                    {tOrder.has(order.status) ? tOrder(order.status) : order.status} · {formatFen(order.amountFen)}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
          <EvidenceSlots detail={detail} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          {props.aside}
          <Card title={t("detail.timeline")}>
            <ComplaintSteps detail={detail} timeZone={tz} />
          </Card>
        </div>
      </div>
    </div>
  );
}
