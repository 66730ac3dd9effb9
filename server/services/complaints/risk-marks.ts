import { and, desc, eq, gt, isNull, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { complaints, consumers, riskMarks } from "@/db/schema";
import { isMarkActive } from "@/server/domain/complaint";
import { notFound, staleState } from "@/server/domain/errors";
import { actingOf } from "../acting";
import { isUuid } from "../ids";
import { adminOf, type ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { auditComplaint } from "./complaint-access";
import { isBuyerOf } from "./file-complaint";
import type { BuyerMarksInput, ClearRiskMarkInput, ListRiskMarksInput } from "./risk-marks-input";

const markNotFound = () => notFound({ "zh-CN": "风险标记不存在", en: "Risk mark not found" });
const consumerNotFound = () => notFound({ "zh-CN": "买家不存在", en: "Buyer not found" });

/** MAL-2: a mark counts until it expires or is cleared — a query condition, no sweep. */
export const activeMarkWhere = (now: Date): SQL | undefined =>
  and(isNull(riskMarks.clearedAt), gt(riskMarks.expiresAt, now));

const markColumns = {
  id: riskMarks.id,
  consumerId: riskMarks.consumerId,
  category: riskMarks.category,
  since: riskMarks.since,
  expiresAt: riskMarks.expiresAt,
  clearedAt: riskMarks.clearedAt,
  clearReason: riskMarks.clearReason,
  shopId: riskMarks.shopId,
  complaintId: riskMarks.complaintId,
  complaintNo: complaints.complaintNo,
};

/** A buyer's active marks, newest first (platform facts; callers decide what their audience may see). */
export async function activeRiskMarksOf(db: DbOrTx, consumerId: string, now: Date) {
  return db
    .select(markColumns)
    .from(riskMarks)
    .innerJoin(complaints, eq(complaints.id, riskMarks.complaintId))
    .where(and(eq(riskMarks.consumerId, consumerId), activeMarkWhere(now)))
    .orderBy(desc(riskMarks.since), desc(riskMarks.id));
}

/**
 * MAL-2/MAL-3: a buyer's active marks as a merchant sees them — only for a buyer of its own shop
 * (anyone else → NOT_FOUND). The category and since-when are the platform's fact; the complaint
 * (number, link, evidence) only when it was this shop's own complaint, never another shop's.
 */
export async function buyerRiskMarks(ctx: ServiceContext, input: BuyerMarksInput) {
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  if (!(await isBuyerOf(ctx.db, shopId, input.consumerId))) throw consumerNotFound();
  const marks = await activeRiskMarksOf(ctx.db, input.consumerId, ctx.now);
  return marks.map((m) => {
    const own = m.shopId === shopId;
    return {
      id: m.id,
      category: m.category,
      since: m.since,
      expiresAt: m.expiresAt,
      ownComplaint: own ? { id: m.complaintId, complaintNo: m.complaintNo } : null,
    };
  });
}

/** MAL-2: every mark of a buyer for an admin (cleared and expired too when asked), with its complaint. */
export async function listRiskMarks(ctx: ServiceContext, input: ListRiskMarksInput) {
  adminOf(ctx);
  if (!isUuid(input.consumerId)) throw consumerNotFound();
  const [consumer] = await ctx.db
    .select({ id: consumers.id, name: consumers.name })
    .from(consumers)
    .where(eq(consumers.id, input.consumerId));
  if (!consumer) throw consumerNotFound();
  const rows = await ctx.db
    .select(markColumns)
    .from(riskMarks)
    .innerJoin(complaints, eq(complaints.id, riskMarks.complaintId))
    .where(and(eq(riskMarks.consumerId, consumer.id), input.includeInactive ? undefined : activeMarkWhere(ctx.now)))
    .orderBy(desc(riskMarks.since), desc(riskMarks.id));
  return {
    consumer,
    marks: rows.map((m) => ({ ...m, active: isMarkActive(m, ctx.now) })),
  };
}

/**
 * MAL-2: an admin clears a wrongly put mark; it stops counting at once. The reason is kept on
 * the mark and in the complaint's audit trail. Clearing a cleared mark → STALE_STATE.
 */
export async function clearRiskMark(ctx: ServiceContext, input: ClearRiskMarkInput) {
  const { db, now } = ctx;
  const admin = adminOf(ctx);
  const by = actingOf(ctx);
  if (!isUuid(input.markId)) throw markNotFound();
  return db.transaction(async (tx) => {
    const [mark] = await tx.select().from(riskMarks).where(eq(riskMarks.id, input.markId)).for("update");
    if (!mark) throw markNotFound();
    if (mark.clearedAt) throw staleState();
    const reason = input.reason.trim();
    const [cleared] = await tx
      .update(riskMarks)
      .set({ clearedAt: now, clearedBy: admin.userId, clearReason: reason })
      .where(and(eq(riskMarks.id, mark.id), isNull(riskMarks.clearedAt)))
      .returning();
    if (!cleared) throw staleState();
    await auditComplaint(
      tx,
      { id: mark.complaintId, shopId: mark.shopId },
      { by, action: "mark_cleared", now, payload: { markId: mark.id, reason, consumerId: mark.consumerId } },
    );
    return { id: cleared.id, clearedAt: now };
  });
}
