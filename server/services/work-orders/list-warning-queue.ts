import { and, asc, desc, eq, gt, gte, ilike, inArray, like, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { consumers, orders, shops, workOrders } from "@/db/schema";
import { urgencyOf, urgencyTiers, type UrgencyTier } from "@/server/domain/deadlines";
import type { WorkOrderStatus, WorkOrderType } from "@/server/domain/work-order";
import { decodeCursor, encodeCursor, type Cursor } from "../pagination";
import {
  byDeadline,
  escapeLike,
  tierFilter,
  type QueueFilterInput,
  type QueueRowBase,
  type warningQueueInput,
} from "./queue-filters";
import { responderFilter } from "./scope";
import {
  serviceOrderQueuePage,
  serviceOrdersInQueue,
  serviceOrderTierCounts,
  type ServiceOrderQueueRow,
} from "./service-order-queue";
import type { ServiceContext } from "../service-context";
import type { Tenant } from "../tenant";

const activeStatuses = ["open", "promised"] as const satisfies readonly WorkOrderStatus[];
const closedStatuses = ["resolved", "expired", "broken"] as const satisfies readonly WorkOrderStatus[];

export { queueViews, warningQueueInput, type QueueFilterInput } from "./queue-filters";
export type { ServiceOrderQueueRow } from "./service-order-queue";

/** A work order in the queue. */
export interface WorkOrderQueueRow extends QueueRowBase {
  kind: "work_order";
  type: WorkOrderType;
  status: WorkOrderStatus;
  resolution: string | null;
}

/** A row of the queue: a work order, or a service order beside them (AS-6). */
export type WarningQueueRow = WorkOrderQueueRow | ServiceOrderQueueRow;

/**
 * The where-clause of the queue: `base` (tenant, view, type, status, order number, consumer)
 * and `where` = base + the urgency tier, so the tier chips can count over `base`.
 */
export function queueConditions(
  responder: Tenant,
  input: QueueFilterInput,
  now: Date,
): { base: (SQL | undefined)[]; where: (SQL | undefined)[] } {
  const active = input.view === "active";
  const base: (SQL | undefined)[] = [
    responderFilter(responder),
    inArray(workOrders.status, active ? [...activeStatuses] : [...closedStatuses]),
    input.type === "service_order" ? sql`false` : input.type ? eq(workOrders.type, input.type) : undefined,
    input.status ? eq(workOrders.status, input.status) : undefined,
    input.orderNo ? like(orders.orderNo, `${escapeLike(input.orderNo)}%`) : undefined,
    input.consumer ? ilike(consumers.name, `%${escapeLike(input.consumer)}%`) : undefined,
  ];
  return {
    base,
    where: [...base, active && input.urgency ? tierFilter(input.urgency, now, workOrders.dueAt) : undefined],
  };
}

interface PageArgs {
  db: DbOrTx;
  responder: Tenant;
  input: QueueFilterInput;
  now: Date;
  cursor: Cursor | null;
  limit: number;
}

/**
 * One keyset page of the queue: active by (due_at, id), closed by (opened_at, id) newest first.
 * In a merchant's active view the shop's service orders (AS-6) are merged in by the same key:
 * each source reads at most `limit + 1` rows from the cursor on its own index, so a page costs
 * the same however long either backlog is.
 */
export async function queuePage(args: PageArgs): Promise<{ items: WarningQueueRow[]; next: Cursor | null }> {
  const { db, responder, input, now, cursor, limit } = args;
  const active = input.view === "active";
  const workOrderRows = input.type === "service_order" ? [] : await workOrderPage(args);
  const serviceOrderRows = serviceOrdersInQueue(responder, input)
    ? await serviceOrderQueuePage({ db, shopId: responder.shopId, input, now, cursor, limit })
    : [];
  const rows: WarningQueueRow[] = [...workOrderRows, ...serviceOrderRows];
  if (serviceOrderRows.length > 0) rows.sort(byDeadline);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next: Cursor | null =
    rows.length > limit && last ? { at: active ? (last.dueAt ?? last.openedAt) : last.openedAt, id: last.id } : null;
  return { items, next };
}

/** Up to `limit + 1` work orders from the cursor on. */
async function workOrderPage(args: PageArgs): Promise<WorkOrderQueueRow[]> {
  const { db, responder, input, now, cursor, limit } = args;
  const active = input.view === "active";
  const { where } = queueConditions(responder, input, now);
  if (cursor) {
    // The redundant bound (>= / <=) lets the index range start at the cursor, so deep pages cost what the first does.
    where.push(
      active
        ? and(
            gte(workOrders.dueAt, cursor.at),
            or(gt(workOrders.dueAt, cursor.at), and(eq(workOrders.dueAt, cursor.at), gt(workOrders.id, cursor.id))),
          )
        : and(
            lte(workOrders.openedAt, cursor.at),
            or(
              lt(workOrders.openedAt, cursor.at),
              and(eq(workOrders.openedAt, cursor.at), lt(workOrders.id, cursor.id)),
            ),
          ),
    );
  }
  const rows = await db
    .select({
      id: workOrders.id,
      type: workOrders.type,
      status: workOrders.status,
      orderId: workOrders.orderId,
      orderNo: orders.orderNo,
      consumerName: consumers.name,
      shopName: shops.name,
      timeZone: shops.timeZone,
      openedAt: workOrders.openedAt,
      dueAt: workOrders.dueAt,
      closedAt: workOrders.closedAt,
      reply: workOrders.reply,
    })
    .from(workOrders)
    .innerJoin(orders, eq(orders.id, workOrders.orderId))
    .innerJoin(consumers, eq(consumers.id, workOrders.consumerId))
    .innerJoin(shops, eq(shops.id, workOrders.shopId))
    .where(and(...where))
    .orderBy(
      ...(active ? [asc(workOrders.dueAt), asc(workOrders.id)] : [desc(workOrders.openedAt), desc(workOrders.id)]),
    )
    .limit(limit + 1);

  return rows.map(({ reply, ...r }) => ({
    ...r,
    kind: "work_order",
    resolution: reply?.resolution ?? null,
    urgency: active && r.dueAt ? urgencyOf(r.dueAt, now) : null,
  }));
}

/**
 * INV-9: the work-order warning queue (工单预警) of whoever must answer — a merchant's own
 * merchant-routed work orders and after-sales service orders (AS-6), or the platform's FBP work
 * orders across shops. Active items sort by deadline (due_at, id) with keyset paging and counts
 * per urgency tier over the filtered set (the tier filter itself aside, so the chips keep their
 * numbers); closed ones are work-order history.
 */
export async function listWarningQueue(ctx: ServiceContext, input: z.output<typeof warningQueueInput>) {
  const { db, now, tenant: responder } = ctx;
  const cursor = decodeCursor(input.cursor);
  const { items, next } = await queuePage({ db, responder, input, now, cursor, limit: input.limit });
  const counts = input.view === "active" ? await tierCounts(db, responder, input, now) : null;
  return { items, nextCursor: next ? encodeCursor(next) : null, counts, now };
}

async function tierCounts(db: DbOrTx, responder: Tenant, input: QueueFilterInput, now: Date) {
  const counts =
    input.type === "service_order"
      ? { overdue: 0, under_2h: 0, under_6h: 0, under_24h: 0, later: 0 }
      : await countByTier(db, input, queueConditions(responder, input, now).base, now);
  if (!serviceOrdersInQueue(responder, input)) return counts;
  const more = await serviceOrderTierCounts(db, responder.shopId, input, now);
  for (const tier of urgencyTiers) counts[tier] += more[tier];
  return counts;
}

/** Counts per urgency tier in one pass over the filtered active set (joining only what the filters need). */
async function countByTier(
  db: DbOrTx,
  input: QueueFilterInput,
  where: (SQL | undefined)[],
  now: Date,
): Promise<Record<UrgencyTier, number>> {
  const select = Object.fromEntries(
    urgencyTiers.map((tier) => [
      tier,
      sql<number>`(count(*) filter (where ${tierFilter(tier, now, workOrders.dueAt)}))::int`.mapWith(Number),
    ]),
  ) as Record<UrgencyTier, SQL.Aliased<number> | SQL<number>>;
  let query = db.select(select).from(workOrders).$dynamic();
  if (input.orderNo) query = query.innerJoin(orders, eq(orders.id, workOrders.orderId));
  if (input.consumer) query = query.innerJoin(consumers, eq(consumers.id, workOrders.consumerId));
  const [row] = await query.where(and(...where));
  const counts = { overdue: 0, under_2h: 0, under_6h: 0, under_24h: 0, later: 0 } satisfies Record<UrgencyTier, number>;
  for (const tier of urgencyTiers) counts[tier] = Number(row?.[tier] ?? 0);
  return counts;
}
