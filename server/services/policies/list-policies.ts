import { desc, inArray } from "drizzle-orm";
import { policyDrafts, policyRolloutEvents, policyRollouts, policyVersions, shops, users } from "@/db/schema";
import { policyFamilies } from "@/server/domain/policies/families";
import { chooseVersion, versionInForce } from "@/server/domain/policies/rollout";
import { adminOf, type ServiceContext } from "../service-context";
import { BASELINE_VERSION } from "./policy-access";

/** How many rollout changes each policy's history shows. */
const HISTORY_ROWS = 50;

/**
 * ROL-1/ROL-2 for the admin page: every policy family (urge invoice, invoice disputes, cancel
 * disputes, the intervention kinds, collaborative, after-sales, complaints, violation rules,
 * platform deadlines) with its versions and their parameters, the version in force, the
 * rollout and its history, open drafts, and which shops get which version for new items.
 */
export async function listPolicies(ctx: ServiceContext) {
  adminOf(ctx);
  const { db } = ctx;
  const [versions, rollouts, events, drafts, shopRows] = await Promise.all([
    db.select().from(policyVersions).orderBy(policyVersions.policyId, policyVersions.version),
    db.select().from(policyRollouts),
    db.select().from(policyRolloutEvents).orderBy(desc(policyRolloutEvents.seq)),
    db.select().from(policyDrafts).orderBy(desc(policyDrafts.updatedAt)),
    db.select({ id: shops.id, name: shops.name }).from(shops).orderBy(shops.name),
  ]);
  const peopleIds = new Set<string>();
  for (const v of versions) [v.createdBy, v.approvedBy].forEach((id) => id && peopleIds.add(id));
  for (const e of events) peopleIds.add(e.by);
  for (const d of drafts) peopleIds.add(d.createdBy);
  const people =
    peopleIds.size === 0
      ? []
      : await db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, [...peopleIds]));
  /** The admins who drafted, approved and rolled out, by user id: the page names people, not ids. */
  const names: Record<string, string> = Object.fromEntries(people.map((p) => [p.id, p.name]));
  return policyFamilies.map((family) => {
    const rollout = rollouts.find((r) => r.policyId === family.policyId);
    const inForceVersion = versionInForce(rollout, BASELINE_VERSION);
    const byVersion = new Map<number, { id: string; name: string }[]>();
    for (const shop of shopRows) {
      const { version } = chooseVersion(rollout, inForceVersion, shop.id);
      byVersion.set(version, [...(byVersion.get(version) ?? []), shop]);
    }
    return {
      policyId: family.policyId,
      kind: family.kind,
      name: family.name,
      inForceVersion,
      names,
      versions: [
        {
          version: BASELINE_VERSION,
          source: "code" as const,
          createdBy: null,
          approvedBy: null,
          publishedAt: null,
          policy: family.baseline,
        },
        ...versions
          .filter((v) => v.policyId === family.policyId)
          .map((v) => ({
            version: v.version,
            source: "published" as const,
            createdBy: v.createdBy,
            approvedBy: v.approvedBy,
            publishedAt: v.publishedAt,
            policy: v.policy,
          })),
      ],
      rollout: rollout ?? null,
      history: events.filter((e) => e.policyId === family.policyId).slice(0, HISTORY_ROWS),
      drafts: drafts
        .filter((d) => d.policyId === family.policyId && d.status === "draft")
        .map((d) => ({
          id: d.id,
          baseVersion: d.baseVersion,
          createdBy: d.createdBy,
          updatedAt: d.updatedAt,
          issueCount: d.issues.length,
        })),
      shops: [...byVersion.entries()]
        .sort(([a], [b]) => a - b)
        .map(([version, list]) => ({ version, count: list.length, shops: list })),
    };
  });
}
