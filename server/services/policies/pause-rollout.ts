import { DomainError } from "@/server/domain/errors";
import { adminOf, type ServiceContext } from "../service-context";
import { familyOrNotFound } from "./policy-access";
import type { PolicyIdInput } from "./policy-input";
import { lockedRollout, noRollout, writeRollout } from "./rollout-writes";

/**
 * ROL-2: pauses a rollout — the shops already in keep the new version, no new shop joins (its
 * percentage and shops are frozen) until setRollout widens it again.
 */
export async function pauseRollout(ctx: ServiceContext, input: PolicyIdInput) {
  const { userId } = adminOf(ctx);
  const { now } = ctx;
  const family = familyOrNotFound(input.policyId);
  return ctx.db.transaction(async (tx) => {
    const before = await lockedRollout(tx, family.policyId);
    if (!before) throw noRollout();
    if (before.state !== "active")
      throw new DomainError("CONFLICT", "ROLLOUT_NOT_ACTIVE", {
        "zh-CN": "只有进行中的灰度可以暂停",
        en: "Only an active rollout can be paused",
      });
    const after = { ...before, state: "paused" as const, updatedAt: now };
    await writeRollout(tx, { family, before, after, action: "pause", by: userId, now });
    return after;
  });
}
