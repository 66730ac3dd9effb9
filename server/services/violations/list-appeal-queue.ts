import { and, asc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { appeals, evidenceItems, shops, violations } from "@/db/schema";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import { sourcesOf } from "./sources";
import type { ServiceContext } from "../service-context";

export const appealQueueInput = z.object({ cursor: cursorInput, limit: limitInput });
export type AppealQueueInput = z.infer<typeof appealQueueInput>;

/**
 * VIO-3 申诉审核: appeals waiting for a senior reviewer, oldest first — keyset on
 * (submitted_at, id) ascending over the partial index appeals_pending_idx. Each with its
 * ticket (rule, points, shop, source) and how many evidence files it carries.
 */
export async function listAppealQueue(ctx: ServiceContext, input: AppealQueueInput) {
  const { db } = ctx;
  const cursor = decodeCursor(input.cursor);
  const where: (SQL | undefined)[] = [eq(appeals.status, "pending")];
  if (cursor)
    where.push(
      or(gt(appeals.submittedAt, cursor.at), and(eq(appeals.submittedAt, cursor.at), gt(appeals.id, cursor.id))),
    );
  const rows = await db
    .select({
      appealId: appeals.id,
      statement: appeals.statement,
      submittedAt: appeals.submittedAt,
      id: violations.id,
      shopId: violations.shopId,
      shopName: shops.name,
      timeZone: shops.timeZone,
      rule: violations.rule,
      points: violations.points,
      reason: violations.reason,
      reasonMessage: violations.reasonMessage,
      raisedAt: violations.raisedAt,
      sourceType: violations.sourceType,
      sourceId: violations.sourceId,
      evidenceCount:
        sql<number>`(select count(*) from ${evidenceItems} where ${evidenceItems.recordType} = 'violation' and ${evidenceItems.recordId} = ${violations.id})`.mapWith(
          Number,
        ),
    })
    .from(appeals)
    .innerJoin(violations, eq(violations.id, appeals.violationId))
    .innerJoin(shops, eq(shops.id, violations.shopId))
    .where(and(...where))
    .orderBy(asc(appeals.submittedAt), asc(appeals.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => ({ at: row.submittedAt, id: row.appealId }));
  const sources = await sourcesOf(db, page.items);
  return {
    ...page,
    items: page.items.map(({ sourceId: _sourceId, ...row }) => ({ ...row, source: sources.get(row.id) ?? null })),
  };
}
