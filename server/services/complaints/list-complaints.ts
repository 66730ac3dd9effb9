import { and, asc, desc, eq, gt, ilike, inArray, lt, or, sql } from "drizzle-orm";
import { complaintOrders, complaints, consumers, orders, shops } from "@/db/schema";
import { isPastDue, msLeft } from "@/server/domain/deadlines";
import { notFound } from "@/server/domain/errors";
import { isUnpaidOrder } from "@/server/domain/order";
import { isUuid } from "../ids";
import { decodeCursor, pageOf } from "../pagination";
import { adminOf, type ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import type { ListBuyerOrdersInput, ListComplaintQueueInput, ListComplaintsInput } from "./list-complaints-input";

const orderCount =
  sql<number>`(select count(*) from complaint_orders co where co.complaint_id = ${complaints.id})`.mapWith(Number);

const columns = {
  id: complaints.id,
  complaintNo: complaints.complaintNo,
  category: complaints.category,
  status: complaints.status,
  consumerId: complaints.consumerId,
  consumerName: consumers.name,
  filedAt: complaints.filedAt,
  reviewDueAt: complaints.reviewDueAt,
  materialDueAt: complaints.materialDueAt,
  decidedAt: complaints.decidedAt,
  orderCount,
};

/**
 * MAL-1: the merchant's complaints, one status tab (or all), newest first, keyset on
 * (filed_at, id). Search: complaint number, an order number it names, or the buyer's name.
 */
export async function listComplaints(ctx: ServiceContext, input: ListComplaintsInput) {
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const after = decodeCursor(input.cursor);
  const search = input.search?.trim();
  const searchWhere = search
    ? or(
        eq(complaints.complaintNo, search),
        ilike(consumers.name, `%${search.replace(/[%_\\]/g, "\\$&")}%`),
        inArray(
          complaints.id,
          ctx.db
            .select({ id: complaintOrders.complaintId })
            .from(complaintOrders)
            .innerJoin(orders, eq(orders.id, complaintOrders.orderId))
            .where(and(eq(orders.orderNo, search), eq(orders.shopId, shopId))),
        ),
      )
    : undefined;
  const found = await ctx.db
    .select(columns)
    .from(complaints)
    .innerJoin(consumers, eq(consumers.id, complaints.consumerId))
    .where(
      and(
        eq(complaints.shopId, shopId),
        input.tab === "all" ? undefined : eq(complaints.status, input.tab),
        input.category ? eq(complaints.category, input.category) : undefined,
        searchWhere,
        after
          ? or(lt(complaints.filedAt, after.at), and(eq(complaints.filedAt, after.at), lt(complaints.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(complaints.filedAt), desc(complaints.id))
    .limit(input.limit + 1);
  const page = pageOf(found, input.limit, (r) => ({ at: r.filedAt, id: r.id }));
  const counts = await ctx.db
    .select({ status: complaints.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(complaints)
    .where(eq(complaints.shopId, shopId))
    .groupBy(complaints.status);
  return {
    items: page.items.map((r) => ({ ...r, ...deadlineOf(r, ctx.now) })),
    nextCursor: page.nextCursor,
    counts: Object.fromEntries(counts.map((c) => [c.status, c.n])),
  };
}

/** The one clock running on a complaint: the platform's review, or the merchant's material window. */
function deadlineOf(r: { reviewDueAt: Date | null; materialDueAt: Date | null; status: string }, now: Date) {
  const dueAt = r.status === "pending_review" ? r.reviewDueAt : r.status === "needs_material" ? r.materialDueAt : null;
  return { dueAt, overdue: dueAt ? isPastDue(dueAt, now) : false, msLeft: dueAt ? msLeft(dueAt, now) : null };
}

/**
 * MAL-2: the admin review queue — complaints in review, oldest review deadline first (keyset on
 * (review_due_at, id)), with the countdown (negative when overdue).
 */
export async function listComplaintQueue(ctx: ServiceContext, input: ListComplaintQueueInput) {
  adminOf(ctx);
  const after = decodeCursor(input.cursor);
  const found = await ctx.db
    .select({ ...columns, shopId: complaints.shopId, shopName: shops.name })
    .from(complaints)
    .innerJoin(consumers, eq(consumers.id, complaints.consumerId))
    .innerJoin(shops, eq(shops.id, complaints.shopId))
    .where(
      and(
        eq(complaints.status, "pending_review"),
        input.category ? eq(complaints.category, input.category) : undefined,
        after
          ? or(
              gt(complaints.reviewDueAt, after.at),
              and(eq(complaints.reviewDueAt, after.at), gt(complaints.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(complaints.reviewDueAt), asc(complaints.id))
    .limit(input.limit + 1);
  const page = pageOf(found, input.limit, (r) => ({ at: r.reviewDueAt ?? r.filedAt, id: r.id }));
  return { items: page.items.map((r) => ({ ...r, ...deadlineOf(r, ctx.now) })), nextCursor: page.nextCursor };
}

const buyerNotFound = () =>
  notFound({ "zh-CN": "未找到该买家在本店的订单", en: "No order of this buyer at your shop" });

/**
 * MAL-1: the orders a merchant may name — this shop's orders of one buyer (found by id or by one
 * of their order numbers here), newest first, each with the open complaints already naming it.
 */
export async function listBuyerOrders(ctx: ServiceContext, input: ListBuyerOrdersInput) {
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  let consumerId = input.consumerId;
  if (!consumerId && input.orderNo) {
    const [o] = await ctx.db
      .select({ consumerId: orders.consumerId })
      .from(orders)
      .where(and(eq(orders.orderNo, input.orderNo), eq(orders.shopId, shopId)));
    consumerId = o?.consumerId;
  }
  if (!consumerId || !isUuid(consumerId)) throw buyerNotFound();
  const rows = await ctx.db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      status: orders.status,
      amountFen: orders.amountFen,
      placedAt: orders.placedAt,
      paidAt: orders.paidAt,
      shippedAt: orders.shippedAt,
      cancelledAt: orders.cancelledAt,
      consumerName: consumers.name,
    })
    .from(orders)
    .innerJoin(consumers, eq(consumers.id, orders.consumerId))
    .where(and(eq(orders.shopId, shopId), eq(orders.consumerId, consumerId)))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(200);
  const first = rows[0];
  if (!first) throw buyerNotFound();
  const named = await ctx.db
    .select({ orderId: complaintOrders.orderId, category: complaints.category, complaintNo: complaints.complaintNo })
    .from(complaintOrders)
    .innerJoin(complaints, eq(complaints.id, complaintOrders.complaintId))
    .where(
      and(
        eq(complaints.shopId, shopId),
        eq(complaints.consumerId, consumerId),
        inArray(complaints.status, ["pending_review", "needs_material"]),
      ),
    );
  return {
    consumer: { id: consumerId, name: first.consumerName },
    orders: rows.map(({ consumerName: _name, ...o }) => ({
      ...o,
      /** An order placed and never paid (awaiting payment, or closed unpaid by the marketplace). */
      unpaid: isUnpaidOrder(o.status),
      openComplaints: named.filter((n) => n.orderId === o.id).map(({ orderId: _o, ...n }) => n),
    })),
  };
}
