import { and, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { disputes, orders, shops, violations, workOrders } from "@/db/schema";
import type { DisputeStatus, LiableParty } from "@/server/domain/dispute";
import type { WorkOrderStatus } from "@/server/domain/work-order";
import { activeRiskMarksOf } from "../complaints/risk-marks";
import { interventionTypes } from "../intervention/intervention-work-order";
import type { CaseKind, CaseType } from "./list-queue";

/** How many earlier cases the case page lists per party. */
const RECENT = 8;

export interface EarlierCase {
  kind: CaseKind;
  id: string;
  type: CaseType;
  status: DisputeStatus | WorkOrderStatus;
  liableParty: LiableParty | null;
  openedAt: Date;
  closedAt: Date | null;
  orderNo: string;
  shopName: string;
}

export interface PartyTally {
  disputes: number;
  workOrders: number;
  /** Decided by the platform (judged disputes, decided work orders). */
  decided: number;
  /** Decided against this party. */
  heldLiable: number;
}

type Party = { shopId: string } | { consumerId: string };

async function tally(
  db: DbOrTx,
  party: Party,
  exclude: { kind: CaseKind; id: string },
): Promise<{ tally: PartyTally; recent: EarlierCase[] }> {
  const liable: LiableParty = "shopId" in party ? "merchant" : "consumer";
  const disputeWhere: (SQL | undefined)[] = [
    "shopId" in party ? eq(disputes.shopId, party.shopId) : eq(disputes.consumerId, party.consumerId),
    exclude.kind === "dispute" ? ne(disputes.id, exclude.id) : undefined,
  ];
  const workOrderWhere: (SQL | undefined)[] = [
    "shopId" in party ? eq(workOrders.shopId, party.shopId) : eq(workOrders.consumerId, party.consumerId),
    inArray(workOrders.type, [...interventionTypes]),
    exclude.kind === "work_order" ? ne(workOrders.id, exclude.id) : undefined,
  ];
  const counts = {
    n: sql<number>`count(*)`.mapWith(Number),
  };
  const [[d], [w], recentDisputes, recentWorkOrders] = await Promise.all([
    db
      .select({
        ...counts,
        decided: sql<number>`count(*) filter (where ${disputes.status} = 'judged')`.mapWith(Number),
        liable: sql<number>`count(*) filter (where ${disputes.liableParty} = ${liable})`.mapWith(Number),
      })
      .from(disputes)
      .where(and(...disputeWhere)),
    db
      .select({
        ...counts,
        decided: sql<number>`count(*) filter (where ${workOrders.decidedAt} is not null)`.mapWith(Number),
        liable: sql<number>`count(*) filter (where ${workOrders.liableParty} = ${liable})`.mapWith(Number),
      })
      .from(workOrders)
      .where(and(...workOrderWhere)),
    db
      .select({
        id: disputes.id,
        type: disputes.scenario,
        status: disputes.status,
        liableParty: disputes.liableParty,
        openedAt: disputes.openedAt,
        closedAt: disputes.closedAt,
        orderNo: orders.orderNo,
        shopName: shops.name,
      })
      .from(disputes)
      .innerJoin(orders, eq(orders.id, disputes.orderId))
      .innerJoin(shops, eq(shops.id, disputes.shopId))
      .where(and(...disputeWhere))
      .orderBy(desc(disputes.openedAt), desc(disputes.id))
      .limit(RECENT),
    db
      .select({
        id: workOrders.id,
        type: workOrders.type,
        status: workOrders.status,
        liableParty: workOrders.liableParty,
        openedAt: workOrders.openedAt,
        closedAt: workOrders.closedAt,
        orderNo: orders.orderNo,
        shopName: shops.name,
      })
      .from(workOrders)
      .innerJoin(orders, eq(orders.id, workOrders.orderId))
      .innerJoin(shops, eq(shops.id, workOrders.shopId))
      .where(and(...workOrderWhere))
      .orderBy(desc(workOrders.openedAt), desc(workOrders.id))
      .limit(RECENT),
  ]);
  const recent: EarlierCase[] = [
    ...recentDisputes.map((r) => ({ ...r, kind: "dispute" as const, type: r.type as CaseType })),
    ...recentWorkOrders.map((r) => ({ ...r, kind: "work_order" as const, type: r.type as CaseType })),
  ]
    .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime())
    .slice(0, RECENT);
  return {
    tally: {
      disputes: d?.n ?? 0,
      workOrders: w?.n ?? 0,
      decided: (d?.decided ?? 0) + (w?.decided ?? 0),
      heldLiable: (d?.liable ?? 0) + (w?.liable ?? 0),
    },
    recent,
  };
}

/**
 * What the judge should know about both parties besides this case — their earlier
 * disputes and work orders with outcomes; for the shop its violation tickets and points; for
 * the consumer `heldLiable` (earlier cases decided against them) and, separately, their active
 * risk marks (MAL-2: upheld malicious-behaviour complaints, not cleared, not expired at `now`),
 * each with its category, since when, until when and the complaint it came from. The current
 * case is left out of every count. Marks inform the judge; no rule reads them (MAL-3).
 */
export async function partyHistory(
  db: DbOrTx,
  args: { now: Date; shopId: string; consumerId: string; exclude: { kind: CaseKind; id: string } },
) {
  const [shop, consumer, [tickets], marks] = await Promise.all([
    tally(db, { shopId: args.shopId }, args.exclude),
    tally(db, { consumerId: args.consumerId }, args.exclude),
    db
      .select({
        n: sql<number>`count(*)`.mapWith(Number),
        points:
          sql<number>`coalesce(sum(${violations.points}) filter (where ${violations.status} <> 'overturned'), 0)`.mapWith(
            Number,
          ),
      })
      .from(violations)
      .where(eq(violations.shopId, args.shopId)),
    activeRiskMarksOf(db, args.consumerId, args.now),
  ]);
  return {
    shop: { ...shop.tally, violations: tickets?.n ?? 0, points: tickets?.points ?? 0, recent: shop.recent },
    consumer: {
      ...consumer.tally,
      riskMarks: marks.length,
      marks: marks.map((m) => ({
        id: m.id,
        category: m.category,
        since: m.since,
        expiresAt: m.expiresAt,
        complaintId: m.complaintId,
        complaintNo: m.complaintNo,
      })),
      recent: consumer.recent,
    },
  };
}
export type PartyHistory = Awaited<ReturnType<typeof partyHistory>>;
