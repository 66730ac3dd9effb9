import { DomainError } from "@/server/domain/errors";
import { adminOf, type ServiceContext } from "../service-context";
import { familyOrNotFound } from "./policy-access";
import type { PolicyIdInput } from "./policy-input";
import { lockedRollout, noRollout, writeRollout } from "./rollout-writes";

/**
 * ROL-2: rolls a rollout back — every new item gets the previous version again. Items already
 * opened under the rolled-back version keep it to the end (ROL-1): only new items change.
 */
export async function rollBack(ctx: ServiceContext, input: PolicyIdInput) {
  const { userId } = adminOf(ctx);
  const { now } = ctx;
  const family = familyOrNotFound(input.policyId);
  return ctx.db.transaction(async (tx) => {
    const before = await lockedRollout(tx, family.policyId);
    if (!before) throw noRollout();
    if (before.state === "rolled_back")
      throw new DomainError("CONFLICT", "ROLLOUT_ROLLED_BACK", {
        "zh-CN": "该灰度已回滚",
        en: "This rollout was already rolled back",
      });
    const after = { ...before, state: "rolled_back" as const, updatedAt: now };
    const { noticedShops } = await writeRollout(tx, { family, before, after, action: "roll_back", by: userId, now });
    return { ...after, noticedShops };
  });
}
