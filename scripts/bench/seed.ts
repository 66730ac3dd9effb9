import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * Bench data, generated inside the database (INSERT … SELECT generate_series): shops, one
 * consumer per 20 work orders, one order per work order. Shop 1 is the "big shop" (SOP, its
 * first `big` work orders, 90 % open/promised); the rest spread over the other shops, every
 * fifth of them FBP (platform-routed). Deadlines spread over now ± 48 h in whole seconds; resolved
 * work orders were replied to, broken ones decided (half against the merchant). Orders are placed
 * over the last 60 days, 1 in 25 closed unpaid, and every 3 consumers share a shipping address.
 * Ids are md5-derived uuids so rows can reference each other without lookups.
 */
export interface SeedPlan {
  shops: number;
  workOrders: number;
  big: number;
  now: Date;
}

export function planFor(scale: number, now: Date): SeedPlan {
  const workOrders = Math.max(5_000, Math.round(1_000_000 * scale));
  return {
    shops: Math.max(10, Math.round(10_000 * scale)),
    workOrders,
    big: Math.min(Math.round(workOrders / 2), Math.max(2_500, Math.round(125_000 * scale))),
    now,
  };
}

export const shopId = (i: number) => sql`md5('shop' || ${i}::text)::uuid`;

export async function seed(db: Db, plan: SeedPlan, log: (line: string) => void): Promise<void> {
  const consumers = Math.max(100, Math.ceil(plan.workOrders / 20));
  const now = plan.now.toISOString();
  // Which shop work order / order `i` belongs to: the big shop first, then round-robin.
  const shopOf = sql`(case when i <= ${plan.big} then 1 else 2 + (i % ${plan.shops - 1}) end)`;
  await db.transaction(async (tx) => {
    // A throw-away database: skip the FK triggers while bulk-loading (every reference is generated consistently).
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`
      insert into shops (id, name, business_mode, marketplace_style)
      select md5('shop' || s::text)::uuid, '压测店铺 ' || s, (case when s > 1 and s % 5 = 0 then 'FBP' else 'SOP' end)::business_mode, 'jd'
      from generate_series(1, ${plan.shops}) s`);
    await tx.execute(sql`
      insert into consumers (id, name, phone)
      select md5('consumer' || c::text)::uuid, '顾客' || c, '138' || lpad(c::text, 8, '0')
      from generate_series(1, ${consumers}) c`);
    log(`  shops ${plan.shops}, consumers ${consumers}`);
    // Placed over the last 60 days; every 25th order closed unpaid; 3 consumers share each address (MAL-3 signals).
    await tx.execute(sql`
      insert into orders (id, shop_id, consumer_id, order_no, status, delivery_type, amount_fen, placed_at, paid_at, completed_at, cancelled_at, shipping_address)
      select md5('order' || i::text)::uuid, md5('shop' || ${shopOf}::text)::uuid, md5('consumer' || (1 + i % ${consumers})::text)::uuid,
             'B' || lpad(i::text, 10, '0'), (case when i % 25 = 3 then 'closed_unpaid' else 'completed' end)::order_status,
             'platform', 9900, placed,
             (case when i % 25 = 3 then null else placed + interval '5 minutes' end),
             (case when i % 25 = 3 then null else least(placed + interval '10 days', ${now}::timestamptz) end),
             (case when i % 25 = 3 then placed + interval '1 day' end),
             '压测地址 ' || ((1 + i % ${consumers}) / 3)
      from (select i, ${now}::timestamptz - (1 + i % 60) * interval '1 day' as placed from generate_series(1, ${plan.workOrders}) i) o`);
    log(`  orders ${plan.workOrders}`);
    await tx.execute(sql`
      insert into work_orders (shop_id, order_id, consumer_id, type, status, routed_to, policy_id, policy_version, opened_at, due_at, closed_at,
                               replied_at, liable_party, decided_at)
      select g.shop_id, g.order_id, g.consumer_id,
             (array['urge_invoice', 'not_received', 'missing_items', 'collaborative']::work_order_type[])[1 + (i / 7) % 4],
             g.status, (case when g.shop > 1 and g.shop % 5 = 0 then 'platform' else 'merchant' end)::invoicing_party,
             'jd.urge_invoice', 1, g.due - interval '24 hours', g.due,
             (case when g.status in ('open', 'promised') then null else g.due end),
             (case when g.status = 'resolved' then g.due - interval '12 hours' end),
             (case when g.status = 'broken' then (case when i % 20 = 0 then 'merchant' else 'consumer' end)::liable_party end),
             (case when g.status = 'broken' then g.due end)
      from (
        select i, ${shopOf} as shop, md5('shop' || ${shopOf}::text)::uuid as shop_id, md5('order' || i::text)::uuid as order_id,
               md5('consumer' || (1 + i % ${consumers})::text)::uuid as consumer_id,
               ${now}::timestamptz + (((i::bigint * 7919) % 345600) - 172800) * interval '1 second' as due,
               (case when i % 10 = 0 then (array['resolved', 'expired', 'broken'])[1 + (i / 10) % 3] when i % 10 = 1 then 'promised' else 'open' end)::work_order_status as status
        from generate_series(1, ${plan.workOrders}) i
      ) g`);
    log(`  work orders ${plan.workOrders} (big shop ${plan.big})`);
    // Triggers are off during this load: rebuild the MAL-3 settlement rollup as migration 0013's backfill does.
    await tx.execute(sql`
      insert into work_order_settlements (shop_id, hour, settled, expired)
      select shop_id, floor(extract(epoch from coalesce(replied_at, due_at)) / 3600)::integer,
             count(*), count(*) filter (where replied_at is null)
      from work_orders
      where routed_to = 'merchant' and coalesce(replied_at, due_at) is not null
      group by 1, 2`);
  });
  await db.execute(sql`analyze`);
}
