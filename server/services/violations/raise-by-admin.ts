import { and, eq } from "drizzle-orm";
import { violations } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { manualRule } from "@/server/domain/policies/violation-rules";
import { actingOf } from "../acting";
import { getShop } from "../shops/list-shops";
import { raiseViolation } from "./raise-violation";
import { adminOf, type ServiceContext } from "../service-context";
import type { RaiseByAdminInput } from "./raise-by-admin-input";

const bad = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

/**
 * VIO-1: an admin raises a ticket on a shop by hand, under one of the rules admins may use and
 * with one of the point values that rule allows (policies/violation-rules.ts), with a reason.
 * The ticket's source is the admin's request (source_type 'admin', source_id = the form's
 * request id), so a double click raises one ticket: the same request again returns it; the same
 * request id with different content is a CONFLICT. The admin is its first decider (VIO-3).
 */
export async function raiseByAdmin(ctx: ServiceContext, input: RaiseByAdminInput) {
  const { db, now } = ctx;
  const actor = adminOf(ctx);
  const by = actingOf(ctx);
  const rule = manualRule(input.rule);
  if (!rule)
    throw bad("UNKNOWN_RULE", `规则 ${input.rule} 不可手工开具违约单`, `Rule ${input.rule} cannot be raised by hand`);
  if (!rule.points.includes(input.points)) {
    throw bad(
      "POINTS_NOT_ALLOWED",
      `规则 ${rule.rule} 的扣分只能是 ${rule.points.join(" 或 ")} 分`,
      `Rule ${rule.rule} carries ${rule.points.join(" or ")} points`,
    );
  }
  return db.transaction(async (tx) => {
    const shop = await getShop({ ...ctx, db: tx }, { shopId: input.shopId });
    const replay = async () => {
      const [existing] = await tx
        .select()
        .from(violations)
        .where(and(eq(violations.sourceType, "admin"), eq(violations.sourceId, input.requestId)))
        .limit(1);
      if (!existing) return null;
      const same =
        existing.shopId === shop.id &&
        existing.rule === rule.rule &&
        existing.points === input.points &&
        existing.reason === input.reason &&
        existing.raisedBy === actor.userId;
      if (!same)
        throw new DomainError("CONFLICT", "IDEMPOTENCY_MISMATCH", {
          "zh-CN": "该请求已用不同内容提交过,请刷新后重试",
          en: "This request was already submitted with different content; refresh and try again",
        });
      return { id: existing.id, status: existing.status, dueAt: existing.dueAt, replayed: true };
    };
    const earlier = await replay();
    if (earlier) return earlier;
    const id = await raiseViolation(tx, {
      shopId: shop.id,
      sourceType: "admin",
      sourceId: input.requestId,
      rule: rule.rule,
      points: input.points,
      reason: input.reason,
      by,
      now,
    });
    if (!id) {
      const raced = await replay();
      if (raced) return raced;
      throw new Error("raiseByAdmin: conflict without an existing ticket");
    }
    const [row] = await tx
      .select({ status: violations.status, dueAt: violations.dueAt })
      .from(violations)
      .where(eq(violations.id, id));
    if (!row) throw new Error("raiseByAdmin: ticket vanished");
    return { id, status: row.status, dueAt: row.dueAt, replayed: false };
  });
}
