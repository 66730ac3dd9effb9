import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { Countdown } from "../countdown";
import { ObligationCard } from "../invoices/obligation-card";
import { Timeline } from "../timeline";
import { Card } from "../ui/card";
import { CancelCaseCard } from "./cancel-case-card";
import { ChosenPlanCard } from "./chosen-plan-card";
import { DisputeCaseCard } from "./dispute-case-card";
import { DisputeStatusBadge } from "./dispute-status-badge";
import { DisputeStepper } from "./dispute-stepper";
import { EvidenceCard } from "./evidence-card";
import { JudgmentCard } from "./judgment-card";
import { statusLines } from "./outlook";
import { OutlookLines } from "./outlook-lines";
import { RefundStatusCard } from "./refund-status-card";
import { UrgeOutcomeCard } from "./urge-outcome-card";
import { WaitingTime } from "./waiting-time";

/** Who is told what about the current deadline: the party who must act sees it addressed to them. */
function DeadlineBanner({ detail, serverNow }: { detail: DisputeDetail; serverNow: Date }) {
  const t = useTranslations("dispute.deadline");
  const tl = useTranslations("dispute.list");
  const d = detail.deadline;
  if (!d) return <p className="text-sm text-gray-600">{t("closed")}</p>;
  if (d.party === "platform" && !d.dueAt) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm text-purple-800">
        {t("judging")}
        {d.since ? (
          <span className="text-xs text-gray-600">
            {tl("waiting")} <WaitingTime since={d.since} serverNow={serverNow} />
          </span>
        ) : null}
      </p>
    );
  }
  const yours =
    (d.party === "consumer" && detail.viewer === "consumer") ||
    (d.party === "merchant" && detail.viewer === "merchant") ||
    (d.party === "platform" && detail.viewer === "admin");
  const text = yours ? (d.party === "consumer" ? t("consumerYou") : t("merchantYou")) : t(d.party);
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-gray-800">
      <span>{text}</span>
      {d.dueAt ? <Countdown due={d.dueAt} serverNow={serverNow} timeZone={detail.order.timeZone} /> : null}
    </p>
  );
}

/**
 * A dispute's page for any audience: header, progress stepper with the live deadline, the case,
 * what happens next, the urge work order outcome (DSP-INV-2), the chosen plan (for cancel
 * disputes with what it did and does next, DSP-CXL-2..4), the order's cancel orders and refund
 * status, evidence, judgment, the action this viewer can take (`action`), and the timeline (SHOP-4).
 */
export function DisputeDetailView(props: {
  detail: DisputeDetail;
  serverNow: Date;
  backHref: string;
  orderHref?: string;
  invoiceHref?: string;
  action?: ReactNode;
  aside?: ReactNode;
}) {
  const { detail, serverNow } = props;
  const t = useTranslations("dispute");
  const showEvidence = detail.viewer !== "consumer";
  const consumerFirst = detail.viewer === "consumer";
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={props.backHref} className="text-sm text-blue-700 hover:underline">
          ← {t("backToList")}
        </Link>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold">{t(`scenarios.${detail.dispute.scenario}`)}</h1>
        <DisputeStatusBadge
          status={detail.dispute.status}
          responsibleParty={detail.dispute.responsibleParty}
          viewer={detail.viewer}
        />
        <span className="font-mono text-xs text-gray-500">{detail.dispute.id}</span>
      </div>
      <Card>
        <div className="flex flex-col gap-4">
          <DisputeStepper detail={detail} />
          <DeadlineBanner detail={detail} serverNow={serverNow} />
          <OutlookLines
            lines={statusLines(detail)}
            detail={detail}
            className="border-t border-gray-100 pt-3 text-gray-700"
            testId="dispute-outlook"
          />
        </div>
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
          {props.action}
          {/* The consumer deciding on a plan reads it first; the others read the case first. */}
          {consumerFirst ? <ChosenPlanCard detail={detail} serverNow={serverNow} /> : null}
          <DisputeCaseCard detail={detail} orderHref={props.orderHref} invoiceHref={props.invoiceHref} />
          <UrgeOutcomeCard detail={detail} />
          {consumerFirst ? null : <ChosenPlanCard detail={detail} serverNow={serverNow} />}
          <CancelCaseCard detail={detail} serverNow={serverNow} />
          {showEvidence ? <EvidenceCard detail={detail} /> : null}
          <JudgmentCard detail={detail} />
          <ObligationCard
            obligations={detail.obligation ? [detail.obligation] : []}
            timeZone={detail.order.timeZone}
            serverNow={serverNow}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          {props.aside}
          <RefundStatusCard detail={detail} />
          <Card title={t("timeline")}>
            <Timeline entries={detail.timeline} timeZone={detail.order.timeZone} />
          </Card>
        </div>
      </div>
    </div>
  );
}
