import { and, asc, desc, eq, gt, gte, ilike, inArray, like, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { consumers, orders, shops, workOrders } from "@/db/schema";
import { urgencyOf, urgencyTiers, type UrgencyTier } from "@/server/domain/deadlines";
import { HOUR_MS } from "@/server/domain/time";
import { workOrderStatuses, workOrderTypes, type WorkOrderStatus, type WorkOrderType } from "@/server/domain/work-order";
import { cursorInput, decodeCursor, encodeCursor, limitInput, type Cursor } from "../pagination";
import { responderFilter, type WorkOrderResponder } from "./scope";

/** `active`: open and promised, by deadline (工单预警). `closed`: history, newest first. */
export const queueViews = ["active", "closed"] as const;
const activeStatuses = ["open", "promised"] as const satisfies readonly WorkOrderStatus[];
const closedStatuses = ["resolved", "expired", "broken"] as const satisfies readonly WorkOrderStatus[];

export const warningQueueInput = z.object({
  view: z.enum(queueViews).default("active"),
  type: z.enum(workOrderTypes).optional(),
  status: z.enum(workOrderStatuses).optional(),
  urgency: z.enum(urgencyTiers).optional(),
  /** Order number or its beginning. */
  orderNo: z.string().trim().max(40).optional(),
  /** Part of the consumer's name (case-insensitive). */
  consumer: z.string().trim().max(40, { error: "消费者名称最多 40 个字 / Consumer name: at most 40 characters" }).optional(),
  cursor: cursorInput,
  limit: limitInput,
});
export type WarningQueueInput = z.input<typeof warningQueueInput>;

export interface WarningQueueRow {
  id: string;
  type: WorkOrderType;
  status: WorkOrderStatus;
  orderId: string;
  orderNo: string;
  consumerName: string;
  shopName: string;
  timeZone: string;
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  resolution: string | null;
  /** Active rows only: how close the deadline is. */
  urgency: UrgencyTier | null;
}

/** The deadline window of each urgency tier, matching `urgencyOf` (a tier's upper edge is inclusive). */
function tierFilter(tier: UrgencyTier, now: Date): SQL | undefined {
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR_MS);
  const due = workOrders.dueAt;
  const window = (fromH: number, toH: number | null) => and(gt(due, at(fromH)), toH === null ? undefined : lte(due, at(toH)));
  switch (tier) {
    case "overdue":
      return lte(due, now);
    case "under_2h":
      return window(0, 2);
    case "under_6h":
      return window(2, 6);
    case "under_24h":
      return window(6, 24);
    case "later":
      return window(24, null);
  }
}

/** The filters of the queue (everything but paging), shared by the list and the CSV export. */
export type QueueFilterInput = Omit<z.output<typeof warningQueueInput>, "cursor" | "limit">;

/**
 * The where-clause of the queue: `base` (tenant, view, type, status, order number, consumer)
 * and `where` = base + the urgency tier, so the tier chips can count over `base`.
 */
export function queueConditions(responder: WorkOrderResponder, input: QueueFilterInput, now: Date): { base: (SQL | undefined)[]; where: (SQL | undefined)[] } {
  const active = input.view === "active";
  const base: (SQL | undefined)[] = [
    responderFilter(responder),
    inArray(workOrders.status, active ? [...activeStatuses] : [...closedStatuses]),
    input.type ? eq(workOrders.type, input.type) : undefined,
    input.status ? eq(workOrders.status, input.status) : undefined,
    input.orderNo ? like(orders.orderNo, `${escapeLike(input.orderNo)}%`) : undefined,
    input.consumer ? ilike(consumers.name, `%${escapeLike(input.consumer)}%`) : undefined,
  ];
  return { base, where: [...base, active && input.urgency ? tierFilter(input.urgency, now) : undefined] };
}

/** One keyset page of the queue: active by (due_at, id), closed by (opened_at, id) newest first. */
export async function queuePage(args: { db: DbOrTx; responder: WorkOrderResponder; input: QueueFilterInput; now: Date; cursor: Cursor | null; limit: number }) {
  const { db, responder, input, now, cursor, limit } = args;
  const active = input.view === "active";
  const { where } = queueConditions(responder, input, now);
  if (cursor) {
    // The redundant bound (>= / <=) lets the index range start at the cursor, so deep pages cost what the first does.
    where.push(
      active
        ? and(gte(workOrders.dueAt, cursor.at), or(gt(workOrders.dueAt, cursor.at), and(eq(workOrders.dueAt, cursor.at), gt(workOrders.id, cursor.id))))
        : and(lte(workOrders.openedAt, cursor.at), or(lt(workOrders.openedAt, cursor.at), and(eq(workOrders.openedAt, cursor.at), lt(workOrders.id, cursor.id)))),
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
    .orderBy(...(active ? [asc(workOrders.dueAt), asc(workOrders.id)] : [desc(workOrders.openedAt), desc(workOrders.id)]))
    .limit(limit + 1);

  const items: WarningQueueRow[] = rows.slice(0, limit).map(({ reply, ...r }) => ({
    ...r,
    resolution: reply?.resolution ?? null,
    urgency: active && r.dueAt ? urgencyOf(r.dueAt, now) : null,
  }));
  const last = items.at(-1);
  const next: Cursor | null = rows.length > limit && last ? { at: active ? (last.dueAt ?? last.openedAt) : last.openedAt, id: last.id } : null;
  return { items, next };
}

/**
 * INV-9: the work-order warning queue (工单预警) of whoever must answer — a merchant's own
 * merchant-routed work orders, or the platform's FBP ones across shops. Active items sort by
 * deadline (due_at, id) with keyset paging and counts per urgency tier over the filtered set
 * (the tier filter itself aside, so the chips keep their numbers); closed ones are history.
 */
export async function listWarningQueue(args: { db: DbOrTx; responder: WorkOrderResponder; input: z.output<typeof warningQueueInput>; now: Date }) {
  const { db, responder, input, now } = args;
  const cursor = decodeCursor(input.cursor);
  const { items, next } = await queuePage({ db, responder, input, now, cursor, limit: input.limit });
  const counts = input.view === "active" ? await countByTier(db, input, queueConditions(responder, input, now).base, now) : null;
  return { items, nextCursor: next ? encodeCursor(next) : null, counts, now };
}

/** Counts per urgency tier in one pass over the filtered active set (joining only what the filters need). */
async function countByTier(db: DbOrTx, input: QueueFilterInput, where: (SQL | undefined)[], now: Date): Promise<Record<UrgencyTier, number>> {
  const select = Object.fromEntries(
    urgencyTiers.map((tier) => [tier, sql<number>`(count(*) filter (where ${tierFilter(tier, now)}))::int`.mapWith(Number)]),
  ) as Record<UrgencyTier, SQL.Aliased<number> | SQL<number>>;
  let query = db.select(select).from(workOrders).$dynamic();
  if (input.orderNo) query = query.innerJoin(orders, eq(orders.id, workOrders.orderId));
  if (input.consumer) query = query.innerJoin(consumers, eq(consumers.id, workOrders.consumerId));
  const [row] = await query.where(and(...where));
  const counts = { overdue: 0, under_2h: 0, under_6h: 0, under_24h: 0, later: 0 } satisfies Record<UrgencyTier, number>;
  for (const tier of urgencyTiers) counts[tier] = Number(row?.[tier] ?? 0);
  return counts;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
