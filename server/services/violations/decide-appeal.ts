import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appeals, users } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { AdminLevel } from "@/server/domain/shop";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import { notify } from "../notifications/notify";
import {
  appealNotFound,
  firstDeciders,
  loadViolation,
  transitionAppeal,
  transitionViolation,
  type AppealRow,
} from "./violation-access";
import { adminOf, type ServiceContext } from "../service-context";
import type { DecideAppealInput } from "./decide-appeal-input";

/** Why someone may not decide an appeal; null when they may. */
export type AppealBlock = "not_senior" | "first_decider" | "decided" | null;

export function appealBlock(a: {
  adminLevel: AdminLevel;
  userId: string;
  deciders: readonly string[];
  appealStatus: AppealRow["status"];
}): AppealBlock {
  if (a.appealStatus !== "pending") return "decided";
  if (a.adminLevel !== "senior_reviewer") return "not_senior";
  if (a.deciders.includes(a.userId)) return "first_decider";
  return null;
}

/** Someone decided first: say who, so the second reviewer knows where to look. */
async function alreadyDecided(db: DbOrTx, appealId: string): Promise<DomainError> {
  const [row] = await db
    .select({ decidedBy: appeals.decidedBy, status: appeals.status, name: users.name })
    .from(appeals)
    .leftJoin(users, eq(users.id, appeals.decidedBy))
    .where(eq(appeals.id, appealId));
  const name = row?.name ?? row?.decidedBy ?? "—";
  const zh = row?.status === "overturned" ? "撤销违约单" : "维持违约单";
  const en = row?.status === "overturned" ? "overturned the ticket" : "upheld the ticket";
  return new DomainError(
    "CONFLICT",
    "APPEAL_ALREADY_DECIDED",
    {
      "zh-CN": `该申诉已由 ${name} 审核(${zh}),每个申诉只审核一次`,
      en: `${name} already decided this appeal (${en}); an appeal is decided once`,
    },
    { decidedBy: row?.decidedBy },
  );
}

const forbidden = (code: string, zh: string, en: string) => new DomainError("FORBIDDEN", code, { "zh-CN": zh, en });

/**
 * VIO-3: a senior reviewer decides an appeal — uphold (the ticket takes effect now) or overturn
 * (the ticket carries no points) — with reasons. Not the person who made the decision that
 * raised the ticket (firstDeciders). Decided once: compare-and-set on the appeal and the ticket,
 * so of two reviewers at the same moment one wins and the other gets a CONFLICT naming them.
 * The shop is told the outcome.
 */
export async function decideAppeal(ctx: ServiceContext, input: DecideAppealInput) {
  const { db, now } = ctx;
  const actor = adminOf(ctx);
  const adminLevel = actor.level;
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    if (!isUuid(input.appealId)) throw appealNotFound();
    const [appeal] = await tx.select().from(appeals).where(eq(appeals.id, input.appealId)).limit(1);
    if (!appeal) throw appealNotFound();
    const ticket = await loadViolation(tx, { kind: "admin" }, appeal.violationId);
    const block = appealBlock({
      adminLevel,
      userId: actor.userId,
      deciders: await firstDeciders(tx, ticket),
      appealStatus: appeal.status,
    });
    if (block === "decided") throw await alreadyDecided(tx, appeal.id);
    if (block === "not_senior")
      throw forbidden("SENIOR_REVIEWER_ONLY", "申诉仅限高级审核员审核", "Only senior reviewers decide appeals");
    if (block === "first_decider") {
      throw forbidden(
        "FIRST_DECIDER",
        "您作出了生成该违约单的原始决定,申诉须由另一位高级审核员审核",
        "You made the decision that raised this ticket; another senior reviewer must decide the appeal",
      );
    }

    const decided = await transitionAppeal(tx, appeal, input.decision, {
      decidedBy: actor.userId,
      decidedAt: now,
      decisionReason: input.reason,
    }).catch(async (error: unknown) => {
      if (error instanceof DomainError && error.code === "STALE_STATE") throw await alreadyDecided(tx, appeal.id);
      throw error;
    });
    const changes =
      input.decision === "uphold"
        ? { decidedAt: now, decidedBy: actor.userId, effectiveAt: now }
        : { decidedAt: now, decidedBy: actor.userId };
    const { row, from, to } = await transitionViolation(tx, ticket, input.decision, changes);
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "violation",
      recordId: row.id,
      by,
      action: input.decision === "uphold" ? "violation.appeal_upheld" : "violation.appeal_overturned",
      from,
      to,
      payload: { appealId: appeal.id, note: input.reason },
      at: now,
    });
    await notify(tx, {
      to: { shopId: row.shopId },
      kind: "violation.appeal_decided",
      params: { decision: input.decision, rule: row.rule, points: row.points },
      record: { type: "violation", id: row.id },
      now,
    });
    return { appealId: decided.row.id, appealStatus: decided.row.status, violationId: row.id, status: row.status };
  });
}
