import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { disputes, refunds, shops, users, workOrders } from "@/db/schema";
import { platformDeadline } from "@/server/domain/policies/platform-deadlines";
import { clausesFor, ruleClausesVersion } from "@/server/domain/policies/rule-clauses";
import { getDispute } from "../disputes/get-dispute";
import { disputeNotFound } from "../disputes/dispute-access";
import { isInterventionType } from "../intervention/intervention-work-order";
import { getWorkOrder } from "../work-orders/get-work-order";
import { workOrderNotFound } from "../work-orders/scope";
import { firstDecidersOf } from "./first-decision";
import { partyHistory } from "./history";
import { caseKinds } from "./list-queue";
import { readCancelSection } from "./case-cancel-section";
import { adminOf, type ServiceContext } from "../service-context";
import { serviceOrderCase } from "./service-order-case";

export const adjudicationCaseInput = z.strictObject({ kind: z.enum(caseKinds), id: z.string().max(64) });

/** Who is looking: the console shows what this admin may do with the case. */
type CaseViewer = ReturnType<typeof adminOf>;

const nameOf = async (db: DbOrTx, userId: string | null) => {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? userId;
};

/**
 * Everything the judge needs for one case on one screen — the record as admins see it
 * (order and amounts, both parties' statements, evidence by slot, the work-order outcome a
 * dispute is judged from, the timeline), the policy version and the rule clauses that apply,
 * the platform's own deadline (while waiting), both parties' history, the decision if made,
 * and whether this admin may decide it now (WO-TM-4: 二审 by a senior reviewer who made no first
 * decision on it).
 */
export async function getAdjudicationCase(ctx: ServiceContext, input: z.infer<typeof adjudicationCaseInput>) {
  const viewer = adminOf(ctx);
  if (input.kind === "service_order") return serviceOrderCase(ctx, input.id);
  return input.kind === "dispute" ? disputeCase(ctx, input.id) : workOrderCase(ctx, viewer, input.id);
}

async function disputeCase(ctx: ServiceContext, id: string) {
  const { db } = ctx;
  const detail = await getDispute(ctx, { disputeId: id });
  const [row] = await db
    .select({
      consumerId: disputes.consumerId,
      shopId: disputes.shopId,
      judgmentRules: disputes.judgmentRules,
      platformDeadlineVersion: disputes.platformDeadlinePolicyVersion,
      marketplaceStyle: shops.marketplaceStyle,
    })
    .from(disputes)
    .innerJoin(shops, eq(shops.id, disputes.shopId))
    .where(eq(disputes.id, detail.dispute.id));
  if (!row) throw disputeNotFound();
  const waiting = detail.dispute.status === "platform_judging";
  const since = detail.dispute.judgingSince ?? detail.dispute.openedAt;
  const history = await partyHistory(db, {
    now: ctx.now,
    shopId: row.shopId,
    consumerId: row.consumerId,
    exclude: { kind: "dispute", id: detail.dispute.id },
  });
  return {
    kind: "dispute" as const,
    id: detail.dispute.id,
    type: detail.dispute.scenario,
    stage: "judging" as const,
    marketplaceStyle: row.marketplaceStyle,
    waiting,
    since: waiting ? since : null,
    platformDeadline: waiting
      ? platformDeadline({ kind: "dispute", scenario: detail.dispute.scenario }, since, row.platformDeadlineVersion)
      : null,
    clauses: clausesFor({ kind: "dispute", scenario: detail.dispute.scenario }),
    clausesVersion: ruleClausesVersion,
    citedRules: row.judgmentRules ?? [],
    mayDecide: waiting ? ({ ok: true } as const) : ({ ok: false, why: "closed" } as const),
    dispute: detail,
    cancel: readCancelSection(detail),
    history,
  };
}

async function workOrderCase(ctx: ServiceContext, viewer: CaseViewer, id: string) {
  const { db } = ctx;
  const wo = await getWorkOrder(ctx, { workOrderId: id });
  const type = wo.type;
  if (!isInterventionType(type)) throw workOrderNotFound();
  const [row] = await db
    .select({
      consumerId: workOrders.consumerId,
      platformSince: workOrders.platformSince,
      liableParty: workOrders.liableParty,
      decidedBy: workOrders.decidedBy,
      decidedAt: workOrders.decidedAt,
      decisionReason: workOrders.decisionReason,
      decisionRules: workOrders.decisionRules,
      platformDeadlineVersion: workOrders.platformDeadlinePolicyVersion,
      marketplaceStyle: shops.marketplaceStyle,
    })
    .from(workOrders)
    .innerJoin(shops, eq(shops.id, workOrders.shopId))
    .where(eq(workOrders.id, wo.id));
  if (!row) throw workOrderNotFound();
  const stage = wo.status === "reviewing" ? ("reviewing" as const) : ("judging" as const);
  const waiting = wo.status === "reviewing" || wo.status === "judging";
  const since = row.platformSince ?? wo.repliedAt ?? wo.openedAt;
  const [firstDeciders, decidedByName, woRefunds, history] = await Promise.all([
    firstDecidersOf(db, wo.id),
    nameOf(db, row.decidedBy),
    db
      .select({
        id: refunds.id,
        kind: refunds.kind,
        amountFen: refunds.amountFen,
        reason: refunds.reason,
        reasonMessage: refunds.reasonMessage,
        cause: refunds.cause,
        createdAt: refunds.createdAt,
      })
      .from(refunds)
      .where(and(eq(refunds.sourceType, "work_order"), eq(refunds.sourceId, wo.id)))
      .orderBy(asc(refunds.createdAt)),
    partyHistory(db, {
      now: ctx.now,
      shopId: wo.shop.id,
      consumerId: row.consumerId,
      exclude: { kind: "work_order", id: wo.id },
    }),
  ]);
  const iMadeFirstDecision = firstDeciders.some((d) => d.userId === viewer.userId);
  const mayDecide = !waiting
    ? ({ ok: false, why: "closed" } as const)
    : stage === "reviewing" && viewer.level !== "senior_reviewer"
      ? ({ ok: false, why: "senior_only" } as const)
      : stage === "reviewing" && iMadeFirstDecision
        ? ({ ok: false, why: "made_first_decision" } as const)
        : ({ ok: true } as const);
  return {
    kind: "work_order" as const,
    id: wo.id,
    type,
    stage,
    marketplaceStyle: row.marketplaceStyle,
    waiting,
    since: waiting ? since : null,
    platformDeadline: waiting
      ? platformDeadline({ kind: "work_order", type, stage }, since, row.platformDeadlineVersion)
      : null,
    clauses: clausesFor({ kind: "work_order", type }),
    clausesVersion: ruleClausesVersion,
    citedRules: row.decisionRules ?? [],
    mayDecide,
    firstDeciders,
    workOrder: wo,
    decision: row.decidedAt
      ? {
          liableParty: row.liableParty,
          decidedAt: row.decidedAt,
          decidedByName,
          reason: row.decisionReason ?? "",
          refunds: woRefunds,
        }
      : null,
    history,
  };
}
export type AdjudicationCase = Awaited<ReturnType<typeof getAdjudicationCase>>;
export type DisputeCase = Extract<AdjudicationCase, { kind: "dispute" }>;
export type WorkOrderCase = Extract<AdjudicationCase, { kind: "work_order" }>;
export type { ServiceOrderCase } from "./service-order-case";
