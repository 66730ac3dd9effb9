import { and, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { appeals, shops, violations } from "@/db/schema";
import { countedPoints } from "@/server/domain/policies/violation-rules";
import { violationSourceTypes, violationStatuses, type ViolationStatus } from "@/server/domain/violation";
import { isUuid } from "../ids";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import { violationTenantFilter } from "./violation-access";
import { sourcesOf } from "./sources";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";

export const listViolationsInput = z.object({
  status: z.enum(violationStatuses).optional(),
  cursor: cursorInput,
  limit: limitInput,
});

/** Admins filter across shops by shop, rule and source as well. */
export const listAllViolationsInput = listViolationsInput.extend({
  shopId: z.string().max(64).optional(),
  rule: z.string().max(32).optional(),
  sourceType: z.enum(violationSourceTypes).optional(),
});
export type ListAllViolationsInput = z.infer<typeof listAllViolationsInput>;

const columns = {
  id: violations.id,
  shopId: violations.shopId,
  shopName: shops.name,
  timeZone: shops.timeZone,
  sourceType: violations.sourceType,
  sourceId: violations.sourceId,
  rule: violations.rule,
  points: violations.points,
  reason: violations.reason,
  reasonMessage: violations.reasonMessage,
  status: violations.status,
  raisedBy: violations.raisedBy,
  raisedAt: violations.raisedAt,
  dueAt: violations.dueAt,
  decidedAt: violations.decidedAt,
  decidedBy: violations.decidedBy,
  effectiveAt: violations.effectiveAt,
  appealId: appeals.id,
  appealStatus: appeals.status,
  appealSubmittedAt: appeals.submittedAt,
};

/**
 * VIO-1..3: tickets newest first (keyset on (raised_at, id), the shop's index for merchants), each
 * with its source for the link and `countedPoints` — the points that count now (effective only).
 * A merchant sees its own shop's tickets only (SHOP-3); admins see every shop's.
 */
export async function listViolations(ctx: ServiceContext, input: ListAllViolationsInput) {
  const { db } = ctx;
  const cursor = decodeCursor(input.cursor);
  const where: (SQL | undefined)[] = [violationTenantFilter(ctx.tenant)];
  if (input.shopId) where.push(isUuid(input.shopId) ? eq(violations.shopId, input.shopId) : sql`false`);
  if (input.status) where.push(eq(violations.status, input.status));
  if (input.rule) where.push(eq(violations.rule, input.rule));
  if (input.sourceType) where.push(eq(violations.sourceType, input.sourceType));
  if (cursor)
    where.push(
      or(lt(violations.raisedAt, cursor.at), and(eq(violations.raisedAt, cursor.at), lt(violations.id, cursor.id))),
    );
  const rows = await db
    .select(columns)
    .from(violations)
    .innerJoin(shops, eq(shops.id, violations.shopId))
    .leftJoin(appeals, eq(appeals.violationId, violations.id))
    .where(and(...where))
    .orderBy(desc(violations.raisedAt), desc(violations.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => ({ at: row.raisedAt, id: row.id }));
  const sources = await sourcesOf(db, page.items);
  return {
    ...page,
    items: page.items.map(({ sourceId: _sourceId, raisedBy, decidedBy, ...row }) => ({
      ...row,
      raisedBySystem: raisedBy === "system",
      decidedBySystem: decidedBy === "system",
      countedPoints: countedPoints(row),
      source: sources.get(row.id) ?? null,
    })),
  };
}
export type ViolationListItem = Awaited<ReturnType<typeof listViolations>>["items"][number];

/**
 * The shop's standing: tickets per status and the points in effect (only effective tickets
 * count, VIO-3), all time and over the last 30 days by effective_at (MET-1 uses the same rule).
 */
export async function violationSummary(ctx: ServiceContext) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const rows = await db
    .select({
      status: violations.status,
      n: sql<number>`count(*)`.mapWith(Number),
      points: sql<number>`coalesce(sum(${violations.points}), 0)`.mapWith(Number),
      points30d:
        sql<number>`coalesce(sum(${violations.points}) filter (where ${violations.effectiveAt} > ${since.toISOString()}::timestamptz and ${violations.effectiveAt} <= ${now.toISOString()}::timestamptz), 0)`.mapWith(
          Number,
        ),
    })
    .from(violations)
    .where(eq(violations.shopId, shopId))
    .groupBy(violations.status);
  const counts = Object.fromEntries(violationStatuses.map((s) => [s, 0])) as Record<ViolationStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  const effective = rows.find((r) => r.status === "effective");
  return { counts, effectivePoints: effective?.points ?? 0, effectivePoints30d: effective?.points30d ?? 0 };
}
