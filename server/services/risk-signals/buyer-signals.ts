import { and, eq, gte, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { disputes, orders, serviceOrders } from "@/db/schema";
import { riskSignalPolicy } from "@/server/domain/policies/risk-signals";
import { countAll, countWhere, linksAgg } from "./links-sql";
import type { RiskSignal, SignalLink } from "./types";
import { percent, windowStart } from "./window";

const P = riskSignalPolicy.buyer;

/** Whose records a buyer's signals are computed over: one shop's (a merchant) or every shop's (judges). */
export interface BuyerScope {
  consumerId: string;
  shopId: string | null;
  now: Date;
}

const links = (kind: SignalLink["kind"], rows: Omit<SignalLink, "kind">[]): SignalLink[] =>
  rows.map((r) => ({ kind, id: r.id, label: r.label, shopId: r.shopId }));

function scopeOf(s: BuyerScope): RiskSignal["scope"] {
  return s.shopId ? "shop" : "platform";
}

async function unpaidOrders(db: DbOrTx, s: BuyerScope): Promise<RiskSignal | null> {
  const { windowDays, minUnpaid, minShare } = P.unpaidOrders;
  const unpaid = sql`${orders.status} = 'closed_unpaid'`;
  const [row] = await db
    .select({
      n: countAll(),
      unpaid: countWhere(unpaid),
      links: linksAgg(orders.id, orders.orderNo, orders.shopId, orders.placedAt, unpaid),
    })
    .from(orders)
    .where(
      and(
        eq(orders.consumerId, s.consumerId),
        gte(orders.placedAt, windowStart(s.now, windowDays)),
        s.shopId ? eq(orders.shopId, s.shopId) : undefined,
      ),
    );
  if (!row || row.unpaid < minUnpaid || row.unpaid < row.n * minShare) return null;
  const params = { windowDays, orders: row.n, unpaid: row.unpaid };
  return { code: "unpaid_orders", scope: scopeOf(s), params, links: links("order", row.links) };
}

async function sharedAddress(db: DbOrTx, s: BuyerScope): Promise<RiskSignal | null> {
  const { windowDays, minOtherAccounts } = P.sharedAddress;
  const since = windowStart(s.now, windowDays);
  const inScope = s.shopId ? eq(orders.shopId, s.shopId) : undefined;
  const own = db
    .selectDistinct({ address: orders.shippingAddress })
    .from(orders)
    .where(and(eq(orders.consumerId, s.consumerId), gte(orders.placedAt, since), inScope));
  const [row] = await db
    .select({
      accounts: sql<number>`count(distinct ${orders.consumerId})`.mapWith(Number),
      n: countAll(),
      addresses: sql<number>`count(distinct ${orders.shippingAddress})`.mapWith(Number),
      links: linksAgg(orders.id, orders.orderNo, orders.shopId, orders.placedAt),
    })
    .from(orders)
    .where(
      and(
        inArray(orders.shippingAddress, own),
        ne(orders.consumerId, s.consumerId),
        gte(orders.placedAt, since),
        inScope,
      ),
    );
  if (!row || row.accounts < minOtherAccounts) return null;
  const params = { windowDays, accounts: row.accounts, orders: row.n, addresses: row.addresses };
  return { code: "shared_address", scope: scopeOf(s), params, links: links("order", row.links) };
}

async function disputeShare(db: DbOrTx, s: BuyerScope): Promise<RiskSignal | null> {
  const { windowDays, minDisputes, minShare } = P.disputeShare;
  const since = windowStart(s.now, windowDays);
  const inScope = (col: typeof orders.shopId | typeof disputes.shopId) => (s.shopId ? eq(col, s.shopId) : undefined);
  const [[all], [disputed]] = await Promise.all([
    db
      .select({ n: countAll() })
      .from(orders)
      .where(and(eq(orders.consumerId, s.consumerId), gte(orders.placedAt, since), inScope(orders.shopId))),
    db
      .select({
        orders: sql<number>`count(distinct ${disputes.orderId})`.mapWith(Number),
        links: linksAgg(disputes.id, orders.orderNo, disputes.shopId, disputes.openedAt),
      })
      .from(disputes)
      .innerJoin(orders, eq(orders.id, disputes.orderId))
      .where(and(eq(disputes.consumerId, s.consumerId), gte(orders.placedAt, since), inScope(disputes.shopId))),
  ]);
  const n = all?.n ?? 0;
  const d = disputed?.orders ?? 0;
  if (d < minDisputes || d < n * minShare) return null;
  const params = { windowDays, orders: n, disputed: d, percent: percent(d, n) };
  return { code: "dispute_share", scope: scopeOf(s), params, links: links("dispute", disputed?.links ?? []) };
}

async function noReasonReturns(db: DbOrTx, s: BuyerScope): Promise<RiskSignal | null> {
  const { windowDays, minReturns } = P.noReasonReturns;
  const [row] = await db
    .select({
      n: countAll(),
      links: linksAgg(serviceOrders.id, serviceOrders.serviceNo, serviceOrders.shopId, serviceOrders.appliedAt),
    })
    .from(serviceOrders)
    .where(
      and(
        eq(serviceOrders.consumerId, s.consumerId),
        gte(serviceOrders.appliedAt, windowStart(s.now, windowDays)),
        eq(serviceOrders.reason, "no_reason_7d"),
        s.shopId ? eq(serviceOrders.shopId, s.shopId) : undefined,
      ),
    );
  if (!row || row.n < minReturns) return null;
  return {
    code: "no_reason_returns",
    scope: scopeOf(s),
    params: { windowDays, returns: row.n },
    links: links("service_order", row.links),
  };
}

async function splitOrders(db: DbOrTx, s: BuyerScope): Promise<RiskSignal | null> {
  const { windowDays, minOrders, thresholdsFen, margin, timeZone } = P.splitOrders;
  const bands = sql.join(
    thresholdsFen.map((t) => sql`(${orders.amountFen} between ${t} and ${Math.floor(t * (1 + margin))})`),
    sql` or `,
  );
  // A policy constant, inlined so the grouped expression is the selected one (a bind parameter would differ).
  const day = sql<string>`((${orders.placedAt} at time zone '${sql.raw(timeZone)}')::date)::text`;
  const groups = await db
    .select({ day, n: countAll(), links: linksAgg(orders.id, orders.orderNo, orders.shopId, orders.placedAt) })
    .from(orders)
    .where(
      and(
        eq(orders.consumerId, s.consumerId),
        gte(orders.placedAt, windowStart(s.now, windowDays)),
        eq(orders.shippingFen, 0),
        sql`(${bands})`,
        s.shopId ? eq(orders.shopId, s.shopId) : undefined,
      ),
    )
    .groupBy(orders.shopId, day)
    .having(sql`count(*) >= ${minOrders}`)
    .orderBy(sql`${day} desc`);
  if (groups.length === 0) return null;
  const all = groups.flatMap((g) => g.links).slice(0, riskSignalPolicy.maxLinks);
  const params = {
    windowDays,
    days: groups.length,
    orders: groups.reduce((sum, g) => sum + g.n, 0),
    marginPercent: Math.round(margin * 100),
  };
  return { code: "split_orders", scope: scopeOf(s), params, links: links("order", all) };
}

/**
 * MAL-3: the buyer's signals over the scope's records, each only when it crosses the policy's
 * threshold. Five indexed queries run together (by consumer, then narrowed to the shop).
 */
export async function computeBuyerSignals(db: DbOrTx, scope: BuyerScope): Promise<RiskSignal[]> {
  const found = await Promise.all([
    unpaidOrders(db, scope),
    sharedAddress(db, scope),
    disputeShare(db, scope),
    noReasonReturns(db, scope),
    splitOrders(db, scope),
  ]);
  return found.filter((s): s is RiskSignal => s !== null);
}
