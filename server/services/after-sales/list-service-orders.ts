import { and, count, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { consumers, orders, serviceOrders } from "@/db/schema";
import {
  serviceOrderStatuses,
  serviceOrderTab,
  serviceOrderTabs,
  type ServiceOrderStatus,
  type ServiceOrderTab,
} from "@/server/domain/after-sales";
import { isPastDue } from "@/server/domain/deadlines";
import { deadlinePartyOf } from "@/server/domain/service-order-deadlines";
import { decodeCursor, pageOf } from "../pagination";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import type { ListMyServiceOrdersInput, ListServiceOrdersInput } from "./list-service-orders-input";
import { loadOrder, serviceOrderTenantFilter } from "./service-order-access";

/** The statuses of a tab (the inverse of serviceOrderTab: one place maps statuses to tabs). */
export function statusesOfTab(tab: ServiceOrderTab): ServiceOrderStatus[] {
  return serviceOrderStatuses.filter((s) => serviceOrderTab(s) === tab);
}

const firstItemName = sql<
  string | null
>`(select oi.name from service_order_items soi join order_items oi on oi.id = soi.order_item_id where soi.service_order_id = ${serviceOrders.id} order by oi.name limit 1)`;
const itemCount =
  sql<number>`(select count(*) from service_order_items soi where soi.service_order_id = ${serviceOrders.id})`.mapWith(
    Number,
  );

const columns = {
  id: serviceOrders.id,
  serviceNo: serviceOrders.serviceNo,
  type: serviceOrders.type,
  repairMode: serviceOrders.repairMode,
  reason: serviceOrders.reason,
  status: serviceOrders.status,
  appliedAt: serviceOrders.appliedAt,
  dueKind: serviceOrders.dueKind,
  dueAt: serviceOrders.dueAt,
  refundFen: serviceOrders.refundFen,
  processedResult: serviceOrders.processedResult,
  orderId: serviceOrders.orderId,
  orderNo: orders.orderNo,
  consumerName: consumers.name,
  firstItemName,
  itemCount,
};

async function rows(db: DbOrTx, where: SQL | undefined, cursor: string | undefined, limit: number, now: Date) {
  const after = decodeCursor(cursor);
  const found = await db
    .select(columns)
    .from(serviceOrders)
    .innerJoin(orders, eq(orders.id, serviceOrders.orderId))
    .innerJoin(consumers, eq(consumers.id, serviceOrders.consumerId))
    .where(
      and(
        where,
        after
          ? or(
              lt(serviceOrders.appliedAt, after.at),
              and(eq(serviceOrders.appliedAt, after.at), lt(serviceOrders.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(serviceOrders.appliedAt), desc(serviceOrders.id))
    .limit(limit + 1);
  const page = pageOf(found, limit, (r) => ({ at: r.appliedAt, id: r.id }));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({
      ...r,
      tab: serviceOrderTab(r.status),
      deadline:
        r.dueKind && r.dueAt
          ? { kind: r.dueKind, party: deadlinePartyOf[r.dueKind], dueAt: r.dueAt, overdue: isPastDue(r.dueAt, now) }
          : null,
    })),
  };
}

/**
 * The merchant's 售后服务单 list: one tab (statuses mapped by serviceOrderTab), filters by type,
 * reason and number (service or order), newest application first, keyset paging; each row with
 * its running deadline and whose move it is.
 */
export async function listServiceOrders(ctx: ServiceContext, input: ListServiceOrdersInput) {
  const tenant = tenantOfKind(ctx.tenant, "merchant");
  const search = input.search?.trim();
  const where = and(
    serviceOrderTenantFilter(tenant),
    inArray(serviceOrders.status, statusesOfTab(input.tab)),
    input.type ? eq(serviceOrders.type, input.type) : undefined,
    input.reason ? eq(serviceOrders.reason, input.reason) : undefined,
    search ? or(eq(serviceOrders.serviceNo, search), eq(orders.orderNo, search)) : undefined,
  );
  return rows(ctx.db, where, input.cursor, input.limit, ctx.now);
}

/** The merchant's tab counts (the tab bar). */
export async function countServiceOrders(ctx: ServiceContext) {
  const tenant = tenantOfKind(ctx.tenant, "merchant");
  const found = await ctx.db
    .select({ status: serviceOrders.status, n: count() })
    .from(serviceOrders)
    .where(serviceOrderTenantFilter(tenant))
    .groupBy(serviceOrders.status);
  const counts = Object.fromEntries(serviceOrderTabs.map((t) => [t, 0])) as Record<ServiceOrderTab, number>;
  for (const r of found) counts[serviceOrderTab(r.status)] += r.n;
  return counts;
}

/** The consumer's service orders, newest first (我的售后). */
export async function listMyServiceOrders(ctx: ServiceContext, input: ListMyServiceOrdersInput) {
  const tenant = tenantOfKind(ctx.tenant, "consumer");
  return rows(ctx.db, serviceOrderTenantFilter(tenant), input.cursor, input.limit, ctx.now);
}

/** The service orders of one order (the order page and its timeline), for whoever may see the order. */
export async function serviceOrdersOfOrder(ctx: ServiceContext, input: { orderId: string }) {
  const order = await loadOrder(ctx.db, ctx.tenant, input.orderId);
  const page = await rows(ctx.db, eq(serviceOrders.orderId, order.id), undefined, 100, ctx.now);
  return page.items;
}
