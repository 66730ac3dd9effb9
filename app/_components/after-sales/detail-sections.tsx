import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatDateTime, formatFen } from "../format";
import { Card } from "../ui/card";
import { ProposalStatusBadge, RequirementList, ServiceTags, useTypeLabel } from "./labels";
import type { ServiceOrderDetail, ServicePhoto } from "./types";

export const row = (label: string, value: ReactNode) => (
  <>
    <dt className="text-gray-500">{label}</dt>
    <dd className="min-w-0 break-words">{value}</dd>
  </>
);
export const dl = "grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm";
const when = (at: Date | null, tz: string) =>
  at ? <span className="tabular-nums">{formatDateTime(at, tz)}</span> : "—";

export function Photos({ photos }: { photos: readonly ServicePhoto[] }) {
  const t = useTranslations("afterSales.detail");
  if (photos.length === 0) return <p className="text-xs text-gray-500">{t("noPhotos")}</p>;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("photos")}>
      {photos.map((p, i) => (
        <li key={`${p.slot}-${p.fileId}`} className="w-24">
          <a href={`/api/files/${p.fileId}?inline=1`} target="_blank" rel="noreferrer">
            <img
              src={`/api/files/${p.fileId}?inline=1`}
              alt={`${t("photos")} ${i + 1}`}
              className="h-24 w-24 rounded object-cover"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The request: type, reason, description, the result asked for (and agreed), the items and photos. */
export function RequestCard({ detail }: { detail: ServiceOrderDetail }) {
  const t = useTranslations("afterSales");
  const typeLabel = useTypeLabel();
  const s = detail.serviceOrder;
  const tz = detail.order.timeZone;
  const applicationPhotos = detail.photos.filter((p) => p.slot === "application_photos");
  return (
    <Card title={t("detail.request")}>
      <dl className={dl}>
        {row(t("detail.serviceNo"), <span className="font-mono">{s.serviceNo}</span>)}
        {row(t("detail.type"), typeLabel(s.type, s.repairMode))}
        {row(t("detail.reason"), t(`reasons.${s.reason}`))}
        {row(
          t("detail.description"),
          s.description || <span className="text-gray-500">{t("detail.noDescription")}</span>,
        )}
        {s.requestedResult ? row(t("detail.requestedResult"), t(`results.${s.requestedResult}`)) : null}
        {s.agreedResult && s.agreedResult !== s.requestedResult
          ? row(t("detail.agreedResult"), <span className="font-medium">{t(`results.${s.agreedResult}`)}</span>)
          : null}
        {row(t("detail.appliedAt"), when(s.appliedAt, tz))}
        {row(t("detail.services"), <ServiceTags services={s.services} />)}
      </dl>
      <h3 className="mt-4 mb-2 text-sm font-medium text-gray-800">{t("detail.items")}</h3>
      <ul className="divide-y divide-gray-100 text-sm" data-testid="service-items">
        {detail.items.map((item) => (
          <li key={item.orderItemId} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
            <span className="min-w-0 flex-1">
              {item.name}
              <span className="block font-mono text-xs text-gray-500">{item.sku}</span>
            </span>
            <span className="text-gray-600 tabular-nums">
              {formatFen(item.unitPriceFen)} × {item.quantity}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex justify-end gap-3 text-sm">
        <span className="text-gray-600">{t("detail.goodsAmount")}</span>
        <span className="font-medium tabular-nums">{formatFen(detail.goodsFen)}</span>
      </p>
      <h3 className="mt-4 mb-2 text-sm font-medium text-gray-800">{t("detail.photos")}</h3>
      <Photos photos={applicationPhotos} />
    </Card>
  );
}

/** The review, the consumer's return shipping and the receipt (goods) or the visit (on-site). */
export function HandlingCard({ detail }: { detail: ServiceOrderDetail }) {
  const t = useTranslations("afterSales");
  const s = detail.serviceOrder;
  const tz = detail.order.timeZone;
  const goods = s.type === "return" || s.type === "exchange" || (s.type === "repair" && s.repairMode === "send_in");
  if (!s.approvedAt && !s.reviewOpinion) return null;
  const receiptPhotos = detail.photos.filter((p) => p.slot === "receipt_photos");
  const visitPhotos = detail.photos.filter((p) => p.slot === "visit_photos");
  return (
    <Card title={goods ? t("detail.shipping") : t("detail.visit")}>
      <dl className={dl}>
        {row(t("detail.approvedAt"), when(s.approvedAt, tz))}
        {s.reviewOpinion ? row(t("detail.opinion"), s.reviewOpinion) : null}
        {s.requirements.length > 0
          ? row(t("detail.requirements"), <RequirementList requirements={s.requirements} />)
          : null}
        {goods ? (
          <>
            {row(t("detail.carrier"), s.returnCarrier ?? t("detail.notShipped"))}
            {row(t("detail.trackingNo"), <span className="font-mono">{s.returnTrackingNo ?? "—"}</span>)}
            {row(t("detail.shippedAt"), when(s.shippedAt, tz))}
            {s.flashRefundedAt
              ? row(
                  t("services.flashRefund"),
                  <span className="text-green-700">
                    {t("detail.flashRefunded", { at: formatDateTime(s.flashRefundedAt, tz) })}
                  </span>,
                )
              : null}
            {s.returnMissingFlaggedAt
              ? row("⚠", <span className="text-red-700">{t("detail.returnMissing")}</span>)
              : null}
            {row(t("detail.receivedAt"), when(s.receivedAt, tz))}
            {s.receivedBy ? row(t("detail.receivedBy"), t(`receiptRecorders.${s.receivedBy}`)) : null}
          </>
        ) : (
          <>
            {row(
              t("detail.visitWindow"),
              s.visitFrom && s.visitTo ? (
                <span className="tabular-nums">
                  {formatDateTime(s.visitFrom, tz)} – {formatDateTime(s.visitTo, tz)}
                </span>
              ) : (
                "—"
              ),
            )}
            {row(t("detail.visitRecordedAt"), when(s.visitRecordedAt, tz))}
            {s.completionDisputedAt
              ? row(
                  "⚠",
                  <span className="text-red-700">
                    {t("detail.completionDisputed", { at: formatDateTime(s.completionDisputedAt, tz) })}
                  </span>,
                )
              : null}
          </>
        )}
      </dl>
      {receiptPhotos.length > 0 || visitPhotos.length > 0 ? (
        <div className="mt-3">
          <Photos photos={[...receiptPhotos, ...visitPhotos]} />
        </div>
      ) : null}
    </Card>
  );
}

/** The result (refund with its deductions, or the shipment of 换新 / 原返), or why it closed. */
export function OutcomeCard({ detail }: { detail: ServiceOrderDetail }) {
  const t = useTranslations("afterSales");
  const s = detail.serviceOrder;
  const tz = detail.order.timeZone;
  if (!s.processedResult && !s.closedAt && s.refundFen === null) return null;
  return (
    <Card title={s.closedAt ? t("detail.closeReason") : t("detail.result")}>
      <dl className={dl} data-testid="service-outcome">
        {s.processedResult
          ? row(t("detail.result"), <span className="font-medium">{t(`results.${s.processedResult}`)}</span>)
          : null}
        {s.processedAt ? row(t("detail.processedAt"), when(s.processedAt, tz)) : null}
        {s.resultTrackingNo
          ? row(
              t("detail.resultShipment"),
              <span className="font-mono">{`${s.resultCarrier ?? ""} ${s.resultTrackingNo}`}</span>,
            )
          : null}
        {s.refundFen !== null
          ? row(
              t("detail.refund"),
              <span className="font-semibold tabular-nums" data-testid="service-refund">
                {formatFen(s.refundFen)}
              </span>,
            )
          : null}
        {s.goodsDeductionFen > 0 ? row(t("detail.goodsDeduction"), formatFen(s.goodsDeductionFen)) : null}
        {s.shippingDeductionFen > 0 ? row(t("detail.shippingDeduction"), formatFen(s.shippingDeductionFen)) : null}
        {s.decisionReason ? row(t("detail.decision"), s.decisionReason) : null}
        {s.completedAt ? row(t("detail.completedAt"), when(s.completedAt, tz)) : null}
        {s.closeReason ? row(t("detail.closeReason"), t(`closeReasons.${s.closeReason}`)) : null}
        {s.closedAt ? row(t("detail.closedAt"), when(s.closedAt, tz)) : null}
      </dl>
    </Card>
  );
}

/** AS-5/AS-8: every proposal the merchant made and what became of it. */
export function ProposalsCard({ detail }: { detail: ServiceOrderDetail }) {
  const t = useTranslations("afterSales");
  const tz = detail.order.timeZone;
  if (detail.proposals.length === 0) return null;
  return (
    <Card title={t("detail.proposals")}>
      <ul className="flex flex-col gap-3 text-sm" data-testid="service-proposals">
        {detail.proposals.map((p) => (
          <li key={p.id} className="flex flex-col gap-0.5">
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{t(`proposalKinds.${p.kind}`)}</span>
              {p.params.changeTo ? <span>→ {t(`results.${p.params.changeTo}`)}</span> : null}
              {p.params.refundFen !== undefined ? (
                <span className="tabular-nums">{formatFen(p.params.refundFen)}</span>
              ) : null}
              <ProposalStatusBadge status={p.status} />
              <span className="text-xs text-gray-500 tabular-nums">{formatDateTime(p.proposedAt, tz)}</span>
            </span>
            <span className="text-gray-700">{p.note}</span>
            {p.refusalReason ? <span className="text-xs text-red-700">{p.refusalReason}</span> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
