import { getTranslations } from "next-intl/server";
import { serviceTrack } from "@/server/domain/after-sales";
import { afterSalesPolicy } from "@/server/domain/policies/registry";
import type { ServiceOrderCase } from "@/server/services/adjudication/get-case";
import { Timeline } from "../timeline";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { CaseHeader } from "./case-header";
import { type CaseRisk, CaseSignalsCard } from "./case-signals-card";
import { HistoryCard } from "./history-card";
import { RulesCard } from "./rules-card";
import { ServiceOrderDecisionForm } from "./service-order-decision-form";
import {
  DeadlineLedgerCard,
  ProposalsCard,
  ServiceDecisionCard,
  ServiceProgressCard,
  ServiceRequestPanel,
} from "./service-order-panels";

/**
 * AS-8: an after-sales case on one screen — the request, the refused proposal or the disputed
 * completion and where the case came from, shipping/receipt/visit so far, the deadline ledger,
 * the decision once made, the AS/SVC clauses, both parties' history and risk marks, the
 * decision form while it waits, and the timeline.
 */
export async function ServiceOrderCaseView({
  c,
  serverNow,
  signals,
}: {
  c: ServiceOrderCase;
  serverNow: Date;
  signals?: CaseRisk;
}) {
  const t = await getTranslations("adjudication.afterSales");
  const so = c.serviceOrder;
  const tz = so.order.timeZone;
  const policy = afterSalesPolicy(so.policy.id, so.policy.version);
  return (
    <div className="flex flex-col gap-4">
      <CaseHeader
        type={c.type}
        status={<Badge tone={c.waiting ? "purple" : "gray"}>{t(`statuses.${so.status}`)}</Badge>}
        shopName={so.order.shopName}
        style={c.marketplaceStyle}
        id={c.id}
        timeZone={tz}
        serverNow={serverNow}
        waiting={c.waiting}
        since={c.since}
        deadline={c.platformDeadline}
      />
      {c.origin ? (
        <p className="text-sm" data-testid="case-origin">
          <span className="text-gray-500">{t("origin")}:</span> {t(`origins.${c.origin}`)}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4 lg:col-span-2">
          <div className="grid gap-4 md:grid-cols-2">
            <ServiceRequestPanel so={so} />
            <ServiceProgressCard so={so} />
          </div>
          <ProposalsCard so={so} />
          <ServiceDecisionCard c={c} />
          <DeadlineLedgerCard ledger={c.ledger} timeZone={tz} />
          <RulesCard
            policyName={policy.name}
            policyVersion={policy.version}
            clauses={c.clauses}
            clausesVersion={c.clausesVersion.version}
            cited={c.citedRules}
          />
          <HistoryCard
            history={c.history}
            shopName={so.order.shopName}
            consumerName={so.order.consumerName}
            timeZone={tz}
          />
          {signals ? (
            <CaseSignalsCard
              signals={signals}
              serverNow={serverNow}
              shopName={so.order.shopName}
              consumerName={so.order.consumerName}
            />
          ) : null}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          {c.mayDecide.ok && c.decisions.length > 0 ? (
            <ServiceOrderDecisionForm
              id={c.id}
              decisions={c.decisions}
              takesResult={serviceTrack(so.type, so.repairMode) === "goods"}
              refundBaseFen={c.refundBaseFen}
              clauses={c.clauses}
              consumerName={so.order.consumerName}
            />
          ) : null}
          <Card title={t("timeline")}>
            <Timeline entries={so.timeline} timeZone={tz} />
          </Card>
        </div>
      </div>
    </div>
  );
}
