import { sql, type SQL } from "drizzle-orm";
import { platformJudgmentRefundCauses } from "@/server/domain/refund";

/**
 * MET-1: the counts behind the 30-day numbers, as SQL lateral subqueries over one shop and one
 * window (start, end]. The same fragments serve the cards (all shops, end = now) and the 90-day
 * trend (one shop, one window per day), so a trend's last point is the card's number.
 * Each subquery is a range scan on a (shop, time) index:
 *   orders_shop_paid_idx, disputes_shop_judged_idx, work_orders_shop_decided_idx,
 *   refunds_shop_created_idx, violations_shop_effective_idx.
 * The on-time reply count reads work orders by coalesce(replied_at, due_at) — the expression
 * index work_orders_shop_settled_idx — and service-order deadlines by settled_at, once per query: the caller puts `onTimeRowsCte` in its
 * WITH clause and each window (shop, day) counts from that small materialised set.
 */
export interface WindowCountsRow {
  paid_orders: number;
  judged_disputes: number;
  judged_work_orders: number;
  refunds: number;
  refund_fen: number;
  judged_refunds: number;
  judged_refund_fen: number;
  due_work_orders: number;
  on_time_work_orders: number;
  effective_points: number;
}

/** The column list the laterals below produce. */
export const windowCountColumns = sql.raw(
  [
    "po.paid_orders",
    "jd.judged_disputes",
    "jw.judged_work_orders",
    "rf.refunds",
    "rf.refund_fen",
    "rf.judged_refunds",
    "rf.judged_refund_fen",
    "ot.due_work_orders",
    "ot.on_time_work_orders",
    "vp.effective_points",
  ].join(", "),
);

/**
 * A refund made by platform judgment: a refund of the goods whose recorded cause is a dispute
 * judgment, a work-order decision or a timeout consequence (isPlatformJudgmentRefund). A dispute
 * plan's direct refund is the merchant's own, whenever it was paid.
 */
const judgedCauses = sql.join(
  platformJudgmentRefundCauses.map((c) => sql`${c}`),
  sql`, `,
);
const judgedRefund = sql`r.kind <> 'compensation' and r.cause in (${judgedCauses})`;

/**
 * `ot_rows`: the merchant's work orders whose reply was settled in (start, end] — replied (at
 * replied_at) or unanswered at the deadline (at due_at) — and the merchant's after-sales
 * deadlines (AS-2/3/4) settled met or missed in the window (service_order_deadlines_shop_settled_idx;
 * `void` ones, ended by the consumer, do not count), for one shop or all. Put it in WITH.
 */
export function onTimeRowsCte(shopId: string | undefined, start: SQL, end: SQL): SQL {
  return sql`ot_rows as materialized (
    select w.shop_id, coalesce(w.replied_at, w.due_at) as settled_at, w.reply_on_time
    from work_orders w
    where w.routed_to = 'merchant' ${shopId ? sql`and w.shop_id = ${shopId}` : sql``}
      and coalesce(w.replied_at, w.due_at) > ${start} and coalesce(w.replied_at, w.due_at) <= ${end}
    union all
    select d.shop_id, d.settled_at, d.outcome = 'met' as reply_on_time
    from service_order_deadlines d
    where d.party = 'merchant' and d.outcome in ('met', 'missed') ${shopId ? sql`and d.shop_id = ${shopId}` : sql``}
      and d.settled_at > ${start} and d.settled_at <= ${end}
  )`;
}

/** `cross join lateral` subqueries for shop `shop` over (start, end]; needs `onTimeRowsCte` in WITH. */
export function windowCountLaterals(shop: SQL, start: SQL, end: SQL): SQL {
  return sql`
    cross join lateral (
      select count(*)::int as paid_orders from orders o
      where o.shop_id = ${shop} and o.paid_at > ${start} and o.paid_at <= ${end}
    ) po
    cross join lateral (
      select count(*)::int as judged_disputes from disputes d
      where d.shop_id = ${shop} and d.judged_at > ${start} and d.judged_at <= ${end} and d.liable_party = 'merchant'
    ) jd
    cross join lateral (
      select count(*)::int as judged_work_orders from work_orders w
      where w.shop_id = ${shop} and w.decided_at > ${start} and w.decided_at <= ${end} and w.liable_party = 'merchant'
    ) jw
    cross join lateral (
      select
        count(*) filter (where r.kind <> 'compensation')::int as refunds,
        coalesce(sum(r.amount_fen) filter (where r.kind <> 'compensation'), 0)::float8 as refund_fen,
        count(*) filter (where ${judgedRefund})::int as judged_refunds,
        coalesce(sum(r.amount_fen) filter (where ${judgedRefund}), 0)::float8 as judged_refund_fen
      from refunds r
      where r.shop_id = ${shop} and r.created_at > ${start} and r.created_at <= ${end}
    ) rf
    cross join lateral (
      select count(*)::int as due_work_orders, count(*) filter (where ot_rows.reply_on_time)::int as on_time_work_orders
      from ot_rows
      where ot_rows.shop_id = ${shop} and ot_rows.settled_at > ${start} and ot_rows.settled_at <= ${end}
    ) ot
    cross join lateral (
      select coalesce(sum(v.points), 0)::int as effective_points from violations v
      where v.shop_id = ${shop} and v.status = 'effective' and v.effective_at > ${start} and v.effective_at <= ${end}
    ) vp`;
}

/** A timestamptz parameter (ISO text, cast in SQL: the same on PGlite and node-postgres). */
export function instant(at: Date): SQL {
  return sql`${at.toISOString()}::timestamptz`;
}
