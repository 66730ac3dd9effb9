import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditEvents, orders, serviceOrderDeadlines, serviceOrders, shops, users } from "@/db/schema";
import { serviceTrack } from "@/server/domain/after-sales";
import { platformDeadline } from "@/server/domain/policies/platform-deadlines";
import { clausesFor, ruleClausesVersion } from "@/server/domain/policies/rule-clauses";
import { decisionsFor, serviceOrderDecisions, type ServiceOrderDecision } from "@/server/domain/service-order-judgment";
import { getServiceOrder } from "../after-sales/get-service-order";
import { escalationOrigin } from "../after-sales/judge-service-order-facts";
import { serviceOrderNotFound } from "../after-sales/service-order-errors";
import { refundBaseOf } from "../after-sales/service-order-money";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";
import { partyHistory } from "./history";

/** Which decision the platform made (the judged audit event's payload). */
async function decisionMade(db: DbOrTx, id: string): Promise<ServiceOrderDecision | null> {
  const [event] = await db
    .select({ payload: auditEvents.payload })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.recordType, "service_order"),
        eq(auditEvents.recordId, id),
        eq(auditEvents.action, "service_order.judged"),
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
    .limit(1);
  const decision = event?.payload.decision;
  return serviceOrderDecisions.find((d) => d === decision) ?? null;
}

/**
 * AS-8: an after-sales case for the judge — the request and its items and photos, every
 * proposal (the refused one the case is about) or the disputed completion, the return shipping
 * and receipt, the deadline ledger (ROL-4) and the timeline (as getServiceOrder shows them to
 * admins); the platform's own deadline while it waits; the AS/SVC clauses; the decisions open
 * for the stage it came from, with the refund a refund decision would pay by default; both
 * parties' history and risk marks; the decision once made.
 */
export async function serviceOrderCase(ctx: ServiceContext, id: string) {
  const { db } = ctx;
  if (!isUuid(id)) throw serviceOrderNotFound();
  const detail = await getServiceOrder(ctx, { serviceOrderId: id });
  const [row] = await db
    .select({
      status: serviceOrders.status,
      type: serviceOrders.type,
      repairMode: serviceOrders.repairMode,
      shopId: serviceOrders.shopId,
      consumerId: serviceOrders.consumerId,
      appliedAt: serviceOrders.appliedAt,
      platformSince: serviceOrders.platformSince,
      decidedAt: serviceOrders.decidedAt,
      decisionReason: serviceOrders.decisionReason,
      decisionRules: serviceOrders.decisionRules,
      decidedByName: users.name,
      marketplaceStyle: shops.marketplaceStyle,
      orderAmountFen: orders.amountFen,
      platformDeadlineVersion: serviceOrders.platformDeadlinePolicyVersion,
    })
    .from(serviceOrders)
    .innerJoin(shops, eq(shops.id, serviceOrders.shopId))
    .innerJoin(orders, eq(orders.id, serviceOrders.orderId))
    .leftJoin(users, eq(users.id, serviceOrders.decidedBy))
    .where(eq(serviceOrders.id, detail.id));
  if (!row) throw serviceOrderNotFound();
  const waiting = row.status === "platform_review";
  const since = row.platformSince ?? row.appliedAt;
  const [origin, made, ledger, history, base] = await Promise.all([
    escalationOrigin(db, detail.id),
    row.decidedAt ? decisionMade(db, detail.id) : null,
    db
      .select({
        kind: serviceOrderDeadlines.kind,
        party: serviceOrderDeadlines.party,
        startedAt: serviceOrderDeadlines.startedAt,
        dueAt: serviceOrderDeadlines.dueAt,
        settledAt: serviceOrderDeadlines.settledAt,
        outcome: serviceOrderDeadlines.outcome,
      })
      .from(serviceOrderDeadlines)
      .where(eq(serviceOrderDeadlines.serviceOrderId, detail.id))
      .orderBy(asc(serviceOrderDeadlines.startedAt), asc(serviceOrderDeadlines.dueAt)),
    partyHistory(db, {
      now: ctx.now,
      shopId: row.shopId,
      consumerId: row.consumerId,
      exclude: { kind: "service_order", id: detail.id },
    }),
    refundBaseOf(db, { id: detail.id }, { id: detail.order.id, amountFen: row.orderAmountFen }),
  ]);
  const decisions: readonly ServiceOrderDecision[] =
    waiting && origin ? decisionsFor(origin, serviceTrack(row.type, row.repairMode)) : [];
  return {
    kind: "service_order" as const,
    id: detail.id,
    type: "after_sales" as const,
    stage: "judging" as const,
    marketplaceStyle: row.marketplaceStyle,
    waiting,
    since: waiting ? since : null,
    platformDeadline: waiting ? platformDeadline({ kind: "service_order" }, since, row.platformDeadlineVersion) : null,
    clauses: clausesFor({ kind: "service_order" }),
    clausesVersion: ruleClausesVersion,
    citedRules: row.decisionRules ?? [],
    mayDecide: waiting ? ({ ok: true } as const) : ({ ok: false, why: "closed" } as const),
    origin,
    decisions,
    refundBaseFen: base.baseFen,
    serviceOrder: detail,
    ledger,
    decision: row.decidedAt
      ? {
          decision: made,
          decidedAt: row.decidedAt,
          decidedByName: row.decidedByName,
          reason: row.decisionReason ?? "",
        }
      : null,
    history,
  };
}
export type ServiceOrderCase = Awaited<ReturnType<typeof serviceOrderCase>>;
