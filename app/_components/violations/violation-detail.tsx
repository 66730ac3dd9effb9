import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { ViolationDetail } from "@/server/services/violations/get-violation";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import { Card } from "../ui/card";
import { AppealCard } from "./appeal-card";
import { useReasonText, useRuleLabel } from "./labels";
import { PointsText } from "./points-text";
import { SourceLink, type ViolationAudience } from "./source-link";
import { ViolationStatusBadge } from "./status-badge";
import { ViolationTimeline } from "./violation-timeline";

function DeadlineBanner({ detail, serverNow }: { detail: ViolationDetail; serverNow: Date }) {
  const t = useTranslations("violation.detail");
  const text = {
    pending: t("deadlinePending"),
    appealed: t("deadlineAppealed"),
    effective: t("deadlineEffective"),
    overturned: t("deadlineOverturned"),
  }[detail.status];
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-gray-800" data-testid="violation-deadline">
      <span>{text}</span>
      {detail.status === "pending" ? (
        <Countdown due={detail.dueAt} serverNow={serverNow} timeZone={detail.timeZone} />
      ) : null}
    </p>
  );
}

/**
 * VIO-1..3: one ticket for the shop or an admin — rule, points (and whether they count), reason,
 * source link, the live 7-day deadline, the appeal, the action this reader can take, the timeline.
 */
export function ViolationDetailView(props: {
  detail: ViolationDetail;
  serverNow: Date;
  audience: ViolationAudience;
  backHref: string;
  backLabel: string;
  action?: ReactNode;
}) {
  const { detail, serverNow, audience } = props;
  const t = useTranslations("violation");
  const ruleLabel = useRuleLabel();
  const reasonText = useReasonText();
  const tz = detail.timeZone;
  const who = (system: boolean, name: string | null) => (system ? t("system") : (name ?? "—"));
  return (
    <div className="flex flex-col gap-4">
      <Link href={props.backHref} className="text-sm text-blue-700 hover:underline">
        ← {props.backLabel}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">{ruleLabel(detail.rule)}</h1>
        <ViolationStatusBadge status={detail.status} />
        <span className="font-mono text-xs break-all text-gray-500">{detail.id}</span>
      </div>
      <Card>
        <DeadlineBanner detail={detail} serverNow={serverNow} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
          <Card title={t("detail.facts")}>
            <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]">
              {audience === "admin" ? (
                <>
                  <dt className="text-gray-500">{t("list.shop")}</dt>
                  <dd>{detail.shopName}</dd>
                </>
              ) : null}
              <dt className="text-gray-500">{t("detail.rule")}</dt>
              <dd>{ruleLabel(detail.rule)}</dd>
              <dt className="text-gray-500">{t("detail.points")}</dt>
              <dd data-testid="violation-points-value">
                <PointsText points={detail.points} status={detail.status} />
              </dd>
              <dt className="text-gray-500">{t("detail.reason")}</dt>
              <dd className="whitespace-pre-wrap break-words">{reasonText(detail.reason, detail.reasonMessage)}</dd>
              <dt className="text-gray-500">{t("detail.source")}</dt>
              <dd>
                <SourceLink source={detail.source} audience={audience} />
              </dd>
              <dt className="text-gray-500">{t("detail.raisedAt")}</dt>
              <dd className="tabular-nums">
                {formatDateTime(detail.raisedAt, tz)}{" "}
                <span className="ml-1 text-gray-500">{who(detail.raisedBySystem, detail.raisedByName)}</span>
              </dd>
              <dt className="text-gray-500">{t("detail.dueAt")}</dt>
              <dd className="tabular-nums">{formatDateTime(detail.dueAt, tz)}</dd>
              {detail.decidedAt ? (
                <>
                  <dt className="text-gray-500">{t("detail.decidedAt")}</dt>
                  <dd className="tabular-nums">
                    {formatDateTime(detail.decidedAt, tz)}{" "}
                    <span className="ml-1 text-gray-500">{who(detail.decidedBySystem, detail.decidedByName)}</span>
                  </dd>
                </>
              ) : null}
              {detail.effectiveAt ? (
                <>
                  <dt className="text-gray-500">{t("detail.effectiveAt")}</dt>
                  <dd className="tabular-nums">{formatDateTime(detail.effectiveAt, tz)}</dd>
                </>
              ) : null}
            </dl>
          </Card>
          {detail.appeal ? <AppealCard appeal={detail.appeal} timeZone={tz} /> : null}
          {props.action}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Card title={t("detail.timeline")}>
            <ViolationTimeline entries={detail.timeline} timeZone={tz} />
          </Card>
        </div>
      </div>
    </div>
  );
}
