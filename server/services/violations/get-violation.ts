import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { evidenceItems, files, shops } from "@/db/schema";
import { countedPoints } from "@/server/domain/policies/violation-rules";
import { getTimeline } from "../audit/timeline";
import { appealBlock, type AppealBlock } from "./decide-appeal";
import { firstDeciders, loadAppealOf, loadViolation, namesOf, violationNotFound } from "./violation-access";
import { sourcesOf } from "./sources";
import { adminOf, type ServiceContext } from "../service-context";

export const getViolationInput = z.object({ violationId: z.string().max(64) });

/**
 * One ticket as its reader may see it (SHOP-3): rule, points (and whether they count), reason,
 * source, the 7-day deadline, the appeal with its statement and evidence, and the timeline
 * (SHOP-4). For admins: whether they may decide the appeal, and if not, why (VIO-3).
 */
export async function getViolation(ctx: ServiceContext, input: z.infer<typeof getViolationInput>) {
  const { db, tenant: viewer } = ctx;
  const ticket = await loadViolation(db, viewer, input.violationId);
  const [shop] = await db
    .select({ name: shops.name, timeZone: shops.timeZone })
    .from(shops)
    .where(eq(shops.id, ticket.shopId));
  if (!shop) throw violationNotFound();
  const appeal = await loadAppealOf(db, ticket.id);
  const evidence = appeal
    ? await db
        .select({
          id: evidenceItems.id,
          fileId: evidenceItems.fileId,
          name: files.originalName,
          kind: files.kind,
          sizeBytes: files.sizeBytes,
        })
        .from(evidenceItems)
        .innerJoin(files, eq(files.id, evidenceItems.fileId))
        .where(
          and(
            eq(evidenceItems.recordType, "violation"),
            eq(evidenceItems.recordId, ticket.id),
            eq(evidenceItems.submitted, true),
          ),
        )
        .orderBy(asc(evidenceItems.position), asc(evidenceItems.createdAt))
    : [];
  const deciders = await firstDeciders(db, ticket);
  const names = await namesOf(db, [
    ticket.raisedBy,
    ticket.decidedBy,
    appeal?.submittedBy ?? null,
    appeal?.decidedBy ?? null,
    ...deciders,
  ]);
  const nameOf = (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);
  const source = (await sourcesOf(db, [ticket])).get(ticket.id) ?? null;
  const timeline = await getTimeline({
    db,
    records: [{ type: "violation", id: ticket.id }],
    viewer: viewer.kind === "admin" ? "admin" : "party",
  });

  let decision: { block: AppealBlock; firstDeciderNames: string[] } | null = null;
  const admin = viewer.kind === "admin" ? adminOf(ctx) : null;
  if (admin && appeal) {
    decision = {
      block: appealBlock({ adminLevel: admin.level, userId: admin.userId, deciders, appealStatus: appeal.status }),
      firstDeciderNames: deciders.map((id) => names.get(id) ?? id),
    };
  }

  return {
    id: ticket.id,
    shopId: ticket.shopId,
    shopName: shop.name,
    timeZone: shop.timeZone,
    rule: ticket.rule,
    points: ticket.points,
    countedPoints: countedPoints(ticket),
    reason: ticket.reason,
    reasonMessage: ticket.reasonMessage,
    status: ticket.status,
    sourceType: ticket.sourceType,
    source,
    raisedAt: ticket.raisedAt,
    raisedBySystem: ticket.raisedBy === "system",
    raisedByName: nameOf(ticket.raisedBy),
    dueAt: ticket.dueAt,
    decidedAt: ticket.decidedAt,
    decidedBySystem: ticket.decidedBy === "system",
    decidedByName: nameOf(ticket.decidedBy),
    effectiveAt: ticket.effectiveAt,
    appeal: appeal
      ? {
          id: appeal.id,
          statement: appeal.statement,
          status: appeal.status,
          submittedAt: appeal.submittedAt,
          submittedByName: nameOf(appeal.submittedBy),
          decidedAt: appeal.decidedAt,
          decidedByName: nameOf(appeal.decidedBy),
          decisionReason: appeal.decisionReason,
          evidence,
        }
      : null,
    decision,
    timeline,
  };
}
export type ViolationDetail = Awaited<ReturnType<typeof getViolation>>;
