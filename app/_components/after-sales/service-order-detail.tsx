import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { serviceTrack } from "@/server/domain/after-sales";
import { formatFen } from "../format";
import { Timeline } from "../timeline";
import { Card } from "../ui/card";
import { HandlingCard, OutcomeCard, ProposalsCard, RequestCard, dl, row } from "./detail-sections";
import { DueLine } from "./due-line";
import { ServiceStatusBadge, useTypeLabel } from "./labels";
import { ServiceStepper } from "./service-stepper";
import type { ServiceOrderDetail } from "./types";

/**
 * One service order for its merchant or consumer: where it is (stepper), what is due from whom by
 * when (live countdown and the window used), the actions this viewer may take now (`action`),
 * the request with items and photos, the review and shipping or visit, the result, the proposals
 * and the timeline.
 */
export function ServiceOrderDetailView(props: {
  detail: ServiceOrderDetail;
  serverNow: Date;
  backHref: string;
  backLabel: string;
  orderHref: string;
  action?: ReactNode;
}) {
  const { detail, serverNow } = props;
  const t = useTranslations("afterSales");
  const typeLabel = useTypeLabel();
  const s = detail.serviceOrder;
  const o = detail.order;
  const track = serviceTrack(s.type, s.repairMode);
  const paused = s.status === "awaiting_consumer" && detail.viewer === "merchant";
  return (
    <div className="flex flex-col gap-4" data-testid="service-order" data-status={s.status}>
      <Link href={props.backHref} className="text-sm text-blue-700 hover:underline">
        ← {props.backLabel}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">
          {typeLabel(s.type, s.repairMode)} · {t(`reasons.${s.reason}`)}
        </h1>
        <ServiceStatusBadge status={s.status} />
        <span className="font-mono text-xs text-gray-500" data-testid="service-no">
          {s.serviceNo}
        </span>
      </div>
      <Card>
        <div className="flex flex-col gap-4">
          <ServiceStepper
            facts={{
              status: s.status,
              track,
              sendInRepair: s.type === "repair" && s.repairMode === "send_in",
              approvedAt: s.approvedAt,
              shippedAt: s.shippedAt,
              receivedAt: s.receivedAt,
              visitRecordedAt: s.visitRecordedAt,
              proposalStage: detail.proposal?.stage ?? null,
            }}
          />
          <DueLine deadline={detail.deadline} viewer={detail.viewer} serverNow={serverNow} timeZone={o.timeZone} />
          {paused ? <p className="text-xs text-gray-600">{t("due.paused")}</p> : null}
          {s.status === "awaiting_receipt" && !s.flashRefundedAt ? (
            <p className="text-xs text-gray-600">{t("due.carrier")}</p>
          ) : null}
        </div>
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
          {props.action}
          <OutcomeCard detail={detail} />
          <RequestCard detail={detail} />
          <HandlingCard detail={detail} />
          <ProposalsCard detail={detail} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Card
            title={t("detail.order")}
            actions={
              <Link href={props.orderHref} className="text-xs text-blue-700 hover:underline">
                {t("detail.viewOrder")}
              </Link>
            }
          >
            <dl className={dl}>
              {row(t("list.orderNo"), <span className="font-mono">{o.orderNo}</span>)}
              {row(t("detail.orderAmount"), <span className="tabular-nums">{formatFen(o.amountFen)}</span>)}
              {detail.viewer === "consumer" ? row(t("list.shop"), o.shopName) : row(t("list.consumer"), o.consumerName)}
            </dl>
          </Card>
          <Card title={t("detail.timeline")}>
            <Timeline entries={detail.timeline} timeZone={o.timeZone} />
          </Card>
        </div>
      </div>
    </div>
  );
}
