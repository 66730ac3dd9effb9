import { and, desc, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appeals, disputes, orders, violations, workOrders } from "@/db/schema";
import { riskSignalPolicy } from "@/server/domain/policies/risk-signals";
import { countAll, countWhere, linksAgg } from "./links-sql";
import { settledCounts } from "./settled-counts";
import type { RiskSignal, SignalLink } from "./types";
import { percent, windowStart } from "./window";

const P = riskSignalPolicy.merchant;

const links = (kind: SignalLink["kind"], rows: Omit<SignalLink, "kind">[]): SignalLink[] =>
  rows.map((r) => ({ kind, id: r.id, label: r.label, shopId: r.shopId }));

/**
 * Expired ÷ settled: the merchant's work orders whose reply was settled (replied, or due and unanswered)
 * in the window. The counts come from the hourly rollup (settled-counts.ts) — they would otherwise scan
 * the shop's whole backlog; the links, only when the signal shows, are the newest unanswered work orders
 * by deadline, read backwards through work_orders_shop_unanswered_idx.
 */
async function nonResponse(db: DbOrTx, shopId: string, now: Date): Promise<RiskSignal | null> {
  const { windowDays, minSettled, minRate } = P.nonResponse;
  const since = windowStart(now, windowDays);
  const counts = await settledCounts(db, shopId, since, now);
  if (counts.settled < minSettled || counts.expired < counts.settled * minRate) return null;
  const newest = await db
    .select({ id: workOrders.id, label: orders.orderNo, shopId: workOrders.shopId })
    .from(workOrders)
    .innerJoin(orders, eq(orders.id, workOrders.orderId))
    .where(
      and(
        eq(workOrders.shopId, shopId),
        sql`${workOrders.routedTo} = 'merchant' and ${workOrders.repliedAt} is null`,
        gte(workOrders.dueAt, since),
        lte(workOrders.dueAt, now),
      ),
    )
    .orderBy(desc(workOrders.dueAt), desc(workOrders.id))
    .limit(riskSignalPolicy.maxLinks);
  const params = { windowDays, ...counts, percent: percent(counts.expired, counts.settled) };
  return { code: "non_response", scope: "platform", params, links: links("work_order", newest) };
}

/** WO-TM-7 tickets for forged evidence that still stand. */
async function forgedEvidence(db: DbOrTx, shopId: string, now: Date): Promise<RiskSignal | null> {
  const { windowDays, minTickets } = P.forgedEvidence;
  const [row] = await db
    .select({ n: countAll(), links: linksAgg(violations.id, violations.rule, violations.shopId, violations.raisedAt) })
    .from(violations)
    .where(
      and(
        eq(violations.shopId, shopId),
        gte(violations.raisedAt, windowStart(now, windowDays)),
        eq(violations.sourceType, "evidence_item"),
        ne(violations.status, "overturned"),
      ),
    );
  if (!row || row.n < minTickets) return null;
  return {
    code: "forged_evidence",
    scope: "platform",
    params: { windowDays, tickets: row.n },
    links: links("violation", row.links),
  };
}

/** Appeals decided in the window, and how many of them overturned the ticket. */
async function overturnedAppeals(db: DbOrTx, shopId: string, now: Date): Promise<RiskSignal | null> {
  const { windowDays, minOverturned } = P.overturnedAppeals;
  const overturned = sql`${appeals.status} = 'overturned'`;
  const [row] = await db
    .select({
      decided: countAll(),
      overturned: countWhere(overturned),
      links: linksAgg(appeals.violationId, violations.rule, appeals.shopId, appeals.decidedAt, overturned),
    })
    .from(appeals)
    .innerJoin(violations, eq(violations.id, appeals.violationId))
    .where(and(eq(appeals.shopId, shopId), gte(appeals.decidedAt, windowStart(now, windowDays))));
  if (!row || row.overturned < minOverturned) return null;
  const params = { windowDays, decided: row.decided, overturned: row.overturned };
  return { code: "overturned_appeals", scope: "platform", params, links: links("appeal", row.links) };
}

/**
 * Disputes judged and work orders decided against the merchant in the window. Counted first (through
 * disputes_shop_judged_idx and work_orders_shop_decided_idx); only when the signal shows are the newest
 * lost ones of each read for the links, each a LIMIT query rather than an aggregate over every decision.
 */
async function judgmentsLost(db: DbOrTx, shopId: string, now: Date): Promise<RiskSignal | null> {
  const { windowDays, minLost } = P.judgmentsLost;
  const since = windowStart(now, windowDays);
  const lostDispute = sql`${disputes.liableParty} = 'merchant'`;
  const lostWorkOrder = sql`${workOrders.liableParty} = 'merchant'`;
  const judgedInWindow = and(eq(disputes.shopId, shopId), gte(disputes.judgedAt, since), lte(disputes.judgedAt, now));
  const decidedInWindow = and(
    eq(workOrders.shopId, shopId),
    gte(workOrders.decidedAt, since),
    lte(workOrders.decidedAt, now),
  );
  const [[d], [w]] = await Promise.all([
    db
      .select({ judged: countAll(), lost: countWhere(lostDispute) })
      .from(disputes)
      .where(judgedInWindow),
    db
      .select({ decided: countAll(), lost: countWhere(lostWorkOrder) })
      .from(workOrders)
      .where(decidedInWindow),
  ]);
  const decided = (d?.judged ?? 0) + (w?.decided ?? 0);
  const lost = (d?.lost ?? 0) + (w?.lost ?? 0);
  if (lost < minLost) return null;
  const [lostDisputes, lostWorkOrders] = await Promise.all([
    db
      .select({ id: disputes.id, label: orders.orderNo, shopId: disputes.shopId })
      .from(disputes)
      .innerJoin(orders, eq(orders.id, disputes.orderId))
      .where(and(judgedInWindow, lostDispute))
      .orderBy(desc(disputes.judgedAt), desc(disputes.id))
      .limit(riskSignalPolicy.maxLinks),
    db
      .select({ id: workOrders.id, label: orders.orderNo, shopId: workOrders.shopId })
      .from(workOrders)
      .innerJoin(orders, eq(orders.id, workOrders.orderId))
      .where(and(decidedInWindow, lostWorkOrder))
      .orderBy(desc(workOrders.decidedAt), desc(workOrders.id))
      .limit(riskSignalPolicy.maxLinks),
  ]);
  const all = [...links("dispute", lostDisputes), ...links("work_order", lostWorkOrders)];
  return {
    code: "judgments_lost",
    scope: "platform",
    params: { windowDays, decided, lost },
    links: all.slice(0, riskSignalPolicy.maxLinks),
  };
}

/** MAL-3: the shop's signals for judges, each only when it crosses the policy's threshold. */
export async function computeMerchantSignals(db: DbOrTx, shopId: string, now: Date): Promise<RiskSignal[]> {
  const found = await Promise.all([
    nonResponse(db, shopId, now),
    forgedEvidence(db, shopId, now),
    overturnedAppeals(db, shopId, now),
    judgmentsLost(db, shopId, now),
  ]);
  return found.filter((s): s is RiskSignal => s !== null);
}
