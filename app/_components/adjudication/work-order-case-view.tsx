import { getTranslations } from "next-intl/server";
import type { WorkOrderCase } from "@/server/services/adjudication/get-case";
import { ReplySummary } from "../intervention/intervention-panels";
import { ReviewChecklist } from "../intervention/review-checklist";
import { slotsOf } from "../intervention/slots";
import { Timeline } from "../timeline";
import { Card } from "../ui/card";
import { WorkOrderStatusBadge } from "../work-orders/work-order-badges";
import { CasePanel, OrderPanel } from "../work-orders/work-order-panels";
import { CaseHeader } from "./case-header";
import { DecisionCard } from "./decision-card";
import type { ViewerGroup } from "./evidence-viewer";
import { type CaseRisk, CaseSignalsCard } from "./case-signals-card";
import { HistoryCard } from "./history-card";
import { JudgmentForm } from "./judgment-form";
import { RulesCard } from "./rules-card";
import { WorkOrderEvidence } from "./work-order-evidence";

/** WO-3: the submitted evidence grouped by the policy's slots, in slot order. */
function evidenceGroups(wo: WorkOrderCase["workOrder"]): ViewerGroup[] {
  const slots = slotsOf(wo.policy);
  const keys = [...new Set([...slots.map((s) => s.key), ...wo.evidence.map((e) => e.slot)])];
  return keys
    .map((key) => ({
      slot: key,
      label: slots.find((s) => s.key === key)?.label ?? { "zh-CN": key, en: key },
      items: wo.evidence
        .filter((e) => e.slot === key)
        .map(({ id, fileId, name, kind, invalidReason }) => ({ id, fileId, name, kind, invalidReason })),
    }))
    .filter((g) => g.items.length > 0);
}

/**
 * A platform-intervention work order on one screen — the consumer's claim and the
 * rules it runs under, the merchant's reply, evidence by slot with previews and moderation
 * (WO-3, WO-TM-7), the red-stamp checklist (WO-PDD-3), the decision once made, the rules that
 * apply, both parties' history, the decision form when this admin may decide (WO-TM-4: 二审 by
 * a senior reviewer who made no first decision), and the timeline.
 */
export async function WorkOrderCaseView({
  c,
  serverNow,
  signals,
}: {
  c: WorkOrderCase;
  serverNow: Date;
  signals?: CaseRisk;
}) {
  const t = await getTranslations("adjudication");
  const tw = await getTranslations("workOrder");
  const wo = c.workOrder;
  const tz = wo.shop.timeZone;
  const reviewing = c.stage === "reviewing";
  const blocked = c.waiting && !c.mayDecide.ok ? c.mayDecide.why : null;
  return (
    <div className="flex flex-col gap-4">
      <CaseHeader
        type={c.type}
        status={<WorkOrderStatusBadge status={wo.status} />}
        shopName={wo.shop.name}
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
          <div className="grid gap-4 md:grid-cols-2">
            <CasePanel wo={wo} />
            <ReplySummary wo={wo} />
          </div>
          <WorkOrderEvidence
            workOrderId={wo.id}
            groups={evidenceGroups(wo)}
            moderate={c.waiting}
            reviewing={reviewing}
          />
          {c.waiting && wo.policy.reviewChecklist ? (
            <Card title={tw("intervention.checklist.title")}>
              <ReviewChecklist checks={wo.policy.reviewChecklist} />
            </Card>
          ) : null}
          {c.decision ? <DecisionCard decision={c.decision} rules={c.citedRules} timeZone={tz} /> : null}
          <RulesCard
            policyName={wo.policy.name}
            policyVersion={wo.policy.version}
            clauses={c.clauses}
            clausesVersion={c.clausesVersion.version}
            cited={c.citedRules}
          />
          <HistoryCard history={c.history} shopName={wo.shop.name} consumerName={wo.consumer.name} timeZone={tz} />
          {signals ? (
            <CaseSignalsCard
              signals={signals}
              serverNow={serverNow}
              shopName={wo.shop.name}
              consumerName={wo.consumer.name}
            />
          ) : null}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          {c.mayDecide.ok ? (
            <JudgmentForm
              kind="work_order"
              id={c.id}
              review={reviewing}
              orderAmountFen={wo.order.amountFen}
              clauses={c.clauses}
              consumerName={wo.consumer.name}
              notReceived={wo.type === "not_received"}
            />
          ) : null}
          {blocked ? (
            <Card title={reviewing ? t("judge.titleReview") : t("judge.title")} className="border-amber-300">
              <p className="text-sm text-amber-900" data-testid="decide-blocked">
                {blocked === "senior_only" ? t("judge.seniorOnly") : t("judge.madeFirstDecision")}
              </p>
              {c.firstDeciders.length > 0 ? (
                <p className="mt-2 text-xs text-gray-600">
                  {t("judge.firstDeciders", { names: c.firstDeciders.map((d) => d.name).join("、") })}
                </p>
              ) : null}
            </Card>
          ) : null}
          <OrderPanel wo={wo} href={`/admin/shops/${wo.shop.id}/orders/${wo.order.id}`} />
          <Card title={tw("timeline")}>
            <Timeline entries={wo.timeline} timeZone={tz} />
          </Card>
        </div>
      </div>
    </div>
  );
}
