import { desc, eq } from "drizzle-orm";
import { policyNotices, policyRollouts } from "@/db/schema";
import { policyFamilies, policyFamily } from "@/server/domain/policies/families";
import { chooseVersion, policyReasonText, versionInForce } from "@/server/domain/policies/rollout";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { BASELINE_VERSION } from "./policy-access";

/** How many notices the merchant's page shows. */
const NOTICE_ROWS = 50;

/**
 * ROL-2 for the merchant: which version of each policy the shop's new items get and why
 * (rollout reason as code + params, and in words), and the shop's notices (公告): each version
 * that now applies to it (or no longer, after a rollback), its effective instant and what changed.
 */
export async function getShopPolicies(ctx: ServiceContext) {
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const { db } = ctx;
  const [rollouts, notices] = await Promise.all([
    db.select().from(policyRollouts),
    db
      .select()
      .from(policyNotices)
      .where(eq(policyNotices.shopId, shopId))
      .orderBy(desc(policyNotices.seq))
      .limit(NOTICE_ROWS),
  ]);
  return {
    policies: policyFamilies.map((family) => {
      const rollout = rollouts.find((r) => r.policyId === family.policyId);
      const choice = chooseVersion(rollout, versionInForce(rollout, BASELINE_VERSION), shopId);
      return {
        policyId: family.policyId,
        kind: family.kind,
        name: family.name,
        version: choice.version,
        reason: choice.reason,
        reasonText: policyReasonText(choice.reason),
      };
    }),
    notices: notices.map((n) => ({
      id: n.id,
      policyId: n.policyId,
      name: policyFamily(n.policyId)?.name ?? { "zh-CN": n.policyId, en: n.policyId },
      kind: n.kind,
      version: n.version,
      fromVersion: n.fromVersion,
      effectiveAt: n.effectiveAt,
      changes: n.changes,
    })),
  };
}
