import { sql, type SQL } from "drizzle-orm";
import { rows, type DbOrTx } from "@/db/client";
import { urgencyTiers, type UrgencyTier } from "@/server/domain/deadlines";
import {
  emptyOpenItems,
  openItemKinds,
  urgencyTierBounds,
  type OpenItemKind,
  type OpenItemsByTier,
} from "@/server/domain/metrics";
import { instant } from "./window-counts";

/**
 * MET-1 open items by urgency, now: what waits for the merchant, bucketed in the warning-queue
 * tiers (urgencyOf's bounds, see metrics.ts). Each part reads a partial "open" index:
 * work_orders_queue_idx, disputes_queue_idx, cancel_orders_shop_status_idx.
 */
function tierOf(now: Date): SQL {
  const cases = urgencyTierBounds(now).map((b) => sql`when due_at <= ${instant(b.latestDue)} then ${b.tier}`);
  return sql`case when due_at is null then 'later' ${sql.join(cases, sql` `)} else 'later' end`;
}

export async function openItemsByShop(db: DbOrTx, now: Date, shopId?: string): Promise<Map<string, OpenItemsByTier>> {
  const shopFilter = (column: SQL) => (shopId ? sql`and ${column} = ${shopId}` : sql``);
  const found = await rows<{ shop_id: string; kind: OpenItemKind; tier: UrgencyTier; n: number }>(
    db,
    sql`
    select shop_id, kind, ${tierOf(now)} as tier, count(*)::int as n from (
      select w.shop_id, 'work_order' as kind, w.due_at from work_orders w
      where w.status in ('open', 'promised') and w.routed_to = 'merchant' ${shopFilter(sql`w.shop_id`)}
      union all
      select d.shop_id, 'dispute' as kind, d.due_at from disputes d
      where d.status = 'awaiting_merchant' and d.responsible_party = 'merchant' ${shopFilter(sql`d.shop_id`)}
      union all
      select c.shop_id, 'cancel_order' as kind, c.due_at from cancel_orders c
      where c.status in ('pending', 'logistics_pending') ${shopFilter(sql`c.shop_id`)}
    ) open_items
    group by 1, 2, 3`,
  );
  const byShop = new Map<string, OpenItemsByTier>();
  for (const row of found) {
    if (
      !(urgencyTiers as readonly string[]).includes(row.tier) ||
      !(openItemKinds as readonly string[]).includes(row.kind)
    )
      continue;
    const items = byShop.get(row.shop_id) ?? emptyOpenItems();
    items[row.tier][row.kind] += row.n;
    byShop.set(row.shop_id, items);
  }
  return byShop;
}
