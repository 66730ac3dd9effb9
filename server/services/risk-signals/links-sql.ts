import { sql, type SQL, type Column } from "drizzle-orm";
import { riskSignalPolicy } from "@/server/domain/policies/risk-signals";

/** Up to maxLinks {id, label, shopId} records of the aggregated rows (newest first), as one JSON array. */
export function linksAgg(
  id: Column,
  label: Column,
  shop: Column,
  newest: Column,
  where?: SQL,
): SQL<{ id: string; label: string; shopId: string }[]> {
  const filter = where ? sql` filter (where ${where})` : sql``;
  const agg = sql`array_agg(json_build_object('id', ${id}, 'label', ${label}, 'shopId', ${shop}) order by ${newest} desc)${filter}`;
  return sql<{ id: string; label: string; shopId: string }[]>`coalesce(array_to_json((${agg})[1:${sql.raw(
    String(riskSignalPolicy.maxLinks),
  )}]), '[]'::json)`;
}

export const countWhere = (where: SQL) => sql<number>`count(*) filter (where ${where})`.mapWith(Number);
export const countAll = () => sql<number>`count(*)`.mapWith(Number);
