import { and, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appeals, disputes, orders, violations, workOrders } from "@/db/schema";
import { riskSignalPolicy } from "@/server/domain/policies/risk-signals";
import { countAll, countWhere, linksAgg } from "./links-sql";
import type { RiskSignal, SignalLink } from "./types";
import { percent, windowStart } from "./window";

const P = riskSignalPolicy.merchant;

const links = (kind: SignalLink["kind"], rows: Omit<SignalLink, "kind">[]): SignalLink[] =>
  rows.map((r) => ({ kind, id: r.id, label: r.label, shopId: r.shopId }));

/** Expired ÷ settled: the merchant's work orders whose reply was settled (replied, or due and unanswered). */
async function nonResponse(db: DbOrTx, shopId: string, now: Date): Promise<RiskSignal | null> {
  const { windowDays, minSettled, minRate } = P.nonResponse;
  const settledAt = sql`coalesce(${workOrders.repliedAt}, ${workOrders.dueAt})`;
  const expired = sql`${workOrders.repliedAt} is null`;
  const [row] = await db
    .select({
      settled: countAll(),
      expired: countWhere(expired),
      links: linksAgg(workOrders.id, orders.orderNo, workOrders.shopId, workOrders.openedAt, expired),
    })
    .from(workOrders)
    .innerJoin(orders, eq(orders.id, workOrders.orderId))
    .where(
      and(
        eq(workOrders.shopId, shopId),
        eq(workOrders.routedTo, "merchant"),
        sql`${settledAt} >= ${windowStart(now, windowDays)}`,
        sql`${settledAt} <= ${now}`,
      ),
    );
  if (!row || row.settled < minSettled || row.expired < row.settled * minRate) return null;
  const params = { windowDays, settled: row.settled, expired: row.expired, percent: percent(row.expired, row.settled) };
  return { code: "non_response", scope: "platform", params, links: links("work_order", row.links) };
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

/** Disputes judged and work orders decided against the merchant in the window. */
async function judgmentsLost(db: DbOrTx, shopId: string, now: Date): Promise<RiskSignal | null> {
  const { windowDays, minLost } = P.judgmentsLost;
  const since = windowStart(now, windowDays);
  const [[d], [w]] = await Promise.all([
    db
      .select({
        judged: countAll(),
        lost: countWhere(sql`${disputes.liableParty} = 'merchant'`),
        links: linksAgg(
          disputes.id,
          orders.orderNo,
          disputes.shopId,
          disputes.judgedAt,
          sql`${disputes.liableParty} = 'merchant'`,
        ),
      })
      .from(disputes)
      .innerJoin(orders, eq(orders.id, disputes.orderId))
      .where(and(eq(disputes.shopId, shopId), gte(disputes.judgedAt, since), lte(disputes.judgedAt, now))),
    db
      .select({
        decided: countAll(),
        lost: countWhere(sql`${workOrders.liableParty} = 'merchant'`),
        links: linksAgg(
          workOrders.id,
          orders.orderNo,
          workOrders.shopId,
          workOrders.decidedAt,
          sql`${workOrders.liableParty} = 'merchant'`,
        ),
      })
      .from(workOrders)
      .innerJoin(orders, eq(orders.id, workOrders.orderId))
      .where(and(eq(workOrders.shopId, shopId), gte(workOrders.decidedAt, since), lte(workOrders.decidedAt, now))),
  ]);
  const decided = (d?.judged ?? 0) + (w?.decided ?? 0);
  const lost = (d?.lost ?? 0) + (w?.lost ?? 0);
  if (lost < minLost) return null;
  const all = [...links("dispute", d?.links ?? []), ...links("work_order", w?.links ?? [])];
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
