import { and, eq, inArray } from "drizzle-orm";
import { policyVersions, shops } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { isUuid } from "@/server/domain/ids";
import type { PolicyRollout } from "@/server/domain/policies/published-store";
import { adminOf, type ServiceContext } from "../service-context";
import { familyOrNotFound, versionNotFound, BASELINE_VERSION } from "./policy-access";
import type { SetRolloutInput } from "./policy-input";
import { lockedRollout, writeRollout } from "./rollout-writes";

export const rolloutInProgress = (target: number) =>
  new DomainError(
    "CONFLICT",
    "ROLLOUT_IN_PROGRESS",
    {
      "zh-CN": `v${target} 仍在灰度中:请先全量(100%)或回滚后再灰度新版本`,
      en: `v${target} is still rolling out: take it to 100% or roll it back before rolling out another version`,
    },
    { targetVersion: target },
  );

/**
 * ROL-2: rolls a published version out to chosen shops and/or a percentage of shops (stable
 * buckets: widening keeps every shop already in). Setting the same target again widens,
 * narrows or resumes it (a paused or rolled-back rollout becomes active). A different target
 * starts from the version in force: allowed once the current one reached 100% (its target is
 * then the previous version) or was rolled back (its previous version stays the previous one).
 */
export async function setRollout(ctx: ServiceContext, input: SetRolloutInput) {
  const { userId } = adminOf(ctx);
  const { now } = ctx;
  const family = familyOrNotFound(input.policyId);
  return ctx.db.transaction(async (tx) => {
    const [published] = await tx
      .select({ version: policyVersions.version })
      .from(policyVersions)
      .where(and(eq(policyVersions.policyId, family.policyId), eq(policyVersions.version, input.version)));
    if (!published) throw versionNotFound(input.version);
    const shopIds = [...new Set(input.shopIds)];
    const known =
      shopIds.length > 0 && shopIds.every(isUuid)
        ? await tx.select({ id: shops.id }).from(shops).where(inArray(shops.id, shopIds))
        : [];
    if (known.length !== shopIds.length)
      throw new DomainError("NOT_FOUND", "SHOP_NOT_FOUND", { "zh-CN": "店铺不存在", en: "Shop not found" });

    const before = await lockedRollout(tx, family.policyId);
    const previousVersion = previousFor(before, input.version);
    if (previousVersion === input.version)
      throw new DomainError("BAD_REQUEST", "ROLLOUT_SAME_VERSION", {
        "zh-CN": `v${input.version} 已是现行版本`,
        en: `v${input.version} is already the version in force`,
      });
    const after: PolicyRollout = {
      policyId: family.policyId,
      targetVersion: input.version,
      previousVersion,
      percentage: input.percentage,
      shopIds,
      state: "active",
      updatedAt: now,
    };
    const { noticedShops } = await writeRollout(tx, { family, before, after, action: "set", by: userId, now });
    return { ...after, noticedShops };
  });
}

function previousFor(before: PolicyRollout | undefined, target: number): number {
  if (!before) return BASELINE_VERSION;
  if (before.targetVersion === target) return before.previousVersion;
  if (before.state === "rolled_back") return before.previousVersion;
  if (before.percentage >= 100) return before.targetVersion;
  throw rolloutInProgress(before.targetVersion);
}
