import { useLocale, useTranslations } from "next-intl";
import type { DisputeCase } from "@/server/services/adjudication/get-case";
import { DisputeCaseCard } from "../disputes/dispute-case-card";
import { localized } from "../disputes/localized";
import { DisputeStatusBadge } from "../disputes/dispute-status-badge";
import { JudgmentCard } from "../disputes/judgment-card";
import { UrgeOutcomeCard } from "../disputes/urge-outcome-card";
import { ObligationCard } from "../invoices/obligation-card";
import { Timeline } from "../timeline";
import { Card } from "../ui/card";
import { CancelCard } from "./cancel-card";
import { CaseHeader } from "./case-header";
import { DisputeStatements } from "./dispute-statements";
import { EvidenceViewer } from "./evidence-viewer";
import { type CaseRisk, CaseSignalsCard } from "./case-signals-card";
import { HistoryCard } from "./history-card";
import { JudgmentForm } from "./judgment-form";
import { RulesCard } from "./rules-card";

/**
 * A dispute on one screen — order and amounts, both parties' statements, the urge work
 * order's outcome it is judged from (DSP-INV-2), the cancellation (DSP-CXL-*), evidence by slot
 * with previews, the judgment once made, the rules that apply, both parties' history, the
 * judgment form while it waits, and the timeline.
 */
export function DisputeCaseView({ c, serverNow, signals }: { c: DisputeCase; serverNow: Date; signals?: CaseRisk }) {
  const t = useTranslations("dispute");
  const locale = useLocale();
  const d = c.dispute;
  const tz = d.order.timeZone;
  const verdict = d.urgeWorkOrder?.verdict;
  // DSP-INV-2: an expired or broken urge work order leaves one liable party to choose.
  const bound =
    verdict?.kind === "invoicing_party_liable"
      ? { liableParty: verdict.liableParty, text: localized(verdict.text, locale) }
      : null;
  // DSP-INV-3: an invoice dispute whose order has no issued invoice may order one issued by a date.
  const invoiceOwed = d.dispute.scenario !== "order_cancel" && d.currentInvoice?.status !== "issued";
  const invoiceOwedBy = invoiceOwed ? d.dispute.responsibleParty : null;
  return (
    <div className="flex flex-col gap-4">
      <CaseHeader
        type={c.type}
        status={<DisputeStatusBadge status={d.dispute.status} responsibleParty={d.dispute.responsibleParty} />}
        shopName={d.order.shopName}
        style={c.marketplaceStyle}
        id={c.id}
        timeZone={tz}
        serverNow={serverNow}
        waiting={c.waiting}
        since={c.since}
        deadline={c.platformDeadline}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
          <DisputeCaseCard detail={d} orderHref={`/admin/shops/${d.order.shopId}/orders/${d.order.id}`} />
          <DisputeStatements detail={d} />
          <UrgeOutcomeCard detail={d} />
          {c.cancel ? <CancelCard cancel={c.cancel} timeZone={tz} /> : null}
          {d.chosenPlan?.kind === "no_fault" ? <EvidenceViewer groups={d.evidence} /> : null}
          {d.judgment ? <JudgmentCard detail={d} /> : null}
          <ObligationCard obligations={d.obligation ? [d.obligation] : []} timeZone={tz} serverNow={serverNow} />
          <RulesCard
            policyName={d.policy.name}
            policyVersion={d.policy.version}
            clauses={c.clauses}
            clausesVersion={c.clausesVersion.version}
            cited={c.citedRules}
          />
          <HistoryCard
            history={c.history}
            shopName={d.order.shopName}
            consumerName={d.order.consumerName}
            timeZone={tz}
          />
          {signals ? (
            <CaseSignalsCard
              signals={signals}
              serverNow={serverNow}
              shopName={d.order.shopName}
              consumerName={d.order.consumerName}
            />
          ) : null}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          {c.mayDecide.ok ? (
            <JudgmentForm
              kind="dispute"
              id={c.id}
              review={false}
              orderAmountFen={d.order.amountFen}
              clauses={c.clauses}
              consumerName={d.order.consumerName}
              bound={bound}
              invoicingParty={invoiceOwedBy}
            />
          ) : null}
          <Card title={t("timeline")}>
            <Timeline entries={d.timeline} timeZone={tz} />
          </Card>
        </div>
      </div>
    </div>
  );
}
