import { sql } from "drizzle-orm";
import { rows, type DbOrTx } from "@/db/client";
import { workOrderSettlements, workOrders } from "@/db/schema";
import { HOUR_MS } from "@/server/domain/time";

export interface SettledCounts {
  settled: number;
  expired: number;
}

/**
 * The shop's merchant-routed work orders settled in [since, until] — replied, or unanswered at the
 * deadline — and how many of them were unanswered. Exact, at a cost that does not grow with the
 * shop's backlog: the whole clock hours inside the window are summed from the work_order_settlements
 * rollup (≤ 24 rows a day); the partial hours at both edges are counted from work_orders through
 * work_orders_shop_settled_idx, at most two hours of the shop's work orders.
 */
export async function settledCounts(db: DbOrTx, shopId: string, since: Date, until: Date): Promise<SettledCounts> {
  const firstWhole = Math.ceil(since.getTime() / HOUR_MS);
  const lastPartial = Math.floor(until.getTime() / HOUR_MS);
  // No whole hour inside the window: count it all directly (the low edge range is then empty).
  const whole = firstWhole < lastPartial;
  const lowEnd = whole ? new Date(firstWhole * HOUR_MS) : since;
  const highStart = whole ? new Date(lastPartial * HOUR_MS) : since;
  const settledAt = sql`coalesce(${workOrders.repliedAt}, ${workOrders.dueAt})`;
  const raw = (range: ReturnType<typeof sql>) => sql`
    select count(*) as settled, count(*) filter (where ${workOrders.repliedAt} is null) as expired
    from ${workOrders}
    where ${workOrders.shopId} = ${shopId} and ${workOrders.routedTo} = 'merchant' and ${range}`;
  const [row] = await rows<{ settled: string | number | null; expired: string | number | null }>(
    db,
    sql`select sum(settled) as settled, sum(expired) as expired from (
      select ${workOrderSettlements.settled} as settled, ${workOrderSettlements.expired} as expired
      from ${workOrderSettlements}
      where ${workOrderSettlements.shopId} = ${shopId}
        and ${workOrderSettlements.hour} >= ${firstWhole} and ${workOrderSettlements.hour} < ${lastPartial}
      union all ${raw(sql`${settledAt} >= ${since} and ${settledAt} < ${lowEnd}`)}
      union all ${raw(sql`${settledAt} >= ${highStart} and ${settledAt} <= ${until}`)}
    ) parts`,
  );
  return { settled: Number(row?.settled ?? 0), expired: Number(row?.expired ?? 0) };
}
