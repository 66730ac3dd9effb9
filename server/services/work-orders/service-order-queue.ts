import { and, asc, eq, gt, gte, ilike, inArray, isNotNull, like, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { consumers, orders, serviceOrders, shops } from "@/db/schema";
import {
  liveServiceOrderStatuses,
  type RepairMode,
  type ServiceOrderStatus,
  type ServiceType,
} from "@/server/domain/after-sales";
import { urgencyOf, urgencyTiers, type UrgencyTier } from "@/server/domain/deadlines";
import { queuedServiceDeadlineKinds } from "@/server/domain/warning-queue";
import type { Cursor } from "../pagination";
import type { Tenant } from "../tenant";
import { escapeLike, tierFilter, type QueueFilterInput, type QueueRowBase } from "./queue-filters";

/** AS-6: a service order in the warning queue, with its own type (售后服务单) and the clock that runs. */
export interface ServiceOrderQueueRow extends QueueRowBase {
  kind: "service_order";
  type: "service_order";
  serviceType: ServiceType;
  repairMode: RepairMode | null;
  serviceNo: string;
  status: ServiceOrderStatus;
  dueKind: (typeof queuedServiceDeadlineKinds)[number];
}

/**
 * Whether the filters can match service orders at all: only a merchant's queue (FBP review and
 * results stay the merchant's, SHOP-1, so the platform's queue has none), only the active view,
 * and no work-order type or status picked.
 */
export function serviceOrdersInQueue(
  responder: Tenant,
  input: QueueFilterInput,
): responder is Tenant & {
  kind: "merchant";
} {
  if (responder.kind !== "merchant" || input.view !== "active" || input.status) return false;
  return !input.type || input.type === "service_order";
}

/** The partial index service_orders_queue_idx's predicate, the shop, and the row filters. */
function conditions(shopId: string, input: QueueFilterInput): (SQL | undefined)[] {
  return [
    eq(serviceOrders.shopId, shopId),
    inArray(serviceOrders.status, [...liveServiceOrderStatuses]),
    inArray(serviceOrders.dueKind, [...queuedServiceDeadlineKinds]),
    isNotNull(serviceOrders.dueAt),
    input.orderNo ? like(orders.orderNo, `${escapeLike(input.orderNo)}%`) : undefined,
    input.consumer ? ilike(consumers.name, `%${escapeLike(input.consumer)}%`) : undefined,
  ];
}

/**
 * One keyset page of the shop's service orders by (due_at, id) — a range scan of
 * service_orders_queue_idx starting at the cursor, `limit + 1` rows at most.
 */
export async function serviceOrderQueuePage(args: {
  db: DbOrTx;
  shopId: string;
  input: QueueFilterInput;
  now: Date;
  cursor: Cursor | null;
  limit: number;
}): Promise<ServiceOrderQueueRow[]> {
  const { db, shopId, input, now, cursor, limit } = args;
  const due = serviceOrders.dueAt;
  const where = [...conditions(shopId, input), input.urgency ? tierFilter(input.urgency, now, due) : undefined];
  if (cursor)
    where.push(
      and(gte(due, cursor.at), or(gt(due, cursor.at), and(eq(due, cursor.at), gt(serviceOrders.id, cursor.id)))),
    );
  const rows = await db
    .select({
      id: serviceOrders.id,
      serviceType: serviceOrders.type,
      repairMode: serviceOrders.repairMode,
      serviceNo: serviceOrders.serviceNo,
      status: serviceOrders.status,
      dueKind: serviceOrders.dueKind,
      orderId: serviceOrders.orderId,
      orderNo: orders.orderNo,
      consumerName: consumers.name,
      shopName: shops.name,
      timeZone: shops.timeZone,
      openedAt: serviceOrders.appliedAt,
      dueAt: serviceOrders.dueAt,
    })
    .from(serviceOrders)
    .innerJoin(orders, eq(orders.id, serviceOrders.orderId))
    .innerJoin(consumers, eq(consumers.id, serviceOrders.consumerId))
    .innerJoin(shops, eq(shops.id, serviceOrders.shopId))
    .where(and(...where))
    .orderBy(asc(due), asc(serviceOrders.id))
    .limit(limit + 1);
  return rows.flatMap(({ dueKind, ...r }) => {
    const kind = queuedServiceDeadlineKinds.find((k) => k === dueKind);
    if (!kind || !r.dueAt) return [];
    const row: ServiceOrderQueueRow = {
      ...r,
      kind: "service_order",
      type: "service_order",
      dueKind: kind,
      closedAt: null,
      urgency: urgencyOf(r.dueAt, now),
    };
    return [row];
  });
}

/** The shop's queued service orders per urgency tier (the tier filter aside), for the chips. */
export async function serviceOrderTierCounts(
  db: DbOrTx,
  shopId: string,
  input: QueueFilterInput,
  now: Date,
): Promise<Record<UrgencyTier, number>> {
  const select = Object.fromEntries(
    urgencyTiers.map((tier) => [
      tier,
      sql<number>`(count(*) filter (where ${tierFilter(tier, now, serviceOrders.dueAt)}))::int`.mapWith(Number),
    ]),
  ) as Record<UrgencyTier, SQL.Aliased<number> | SQL<number>>;
  let query = db.select(select).from(serviceOrders).$dynamic();
  if (input.orderNo) query = query.innerJoin(orders, eq(orders.id, serviceOrders.orderId));
  if (input.consumer) query = query.innerJoin(consumers, eq(consumers.id, serviceOrders.consumerId));
  const [row] = await query.where(and(...conditions(shopId, input)));
  const counts = { overdue: 0, under_2h: 0, under_6h: 0, under_24h: 0, later: 0 } satisfies Record<UrgencyTier, number>;
  for (const tier of urgencyTiers) counts[tier] = Number(row?.[tier] ?? 0);
  return counts;
}
