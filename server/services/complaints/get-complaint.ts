import { eq } from "drizzle-orm";
import { riskMarks, shops } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import { categoryRule } from "@/server/domain/policies/complaints";
import { complaintPolicy } from "@/server/domain/policies/registry";
import type { ServiceContext } from "../service-context";
import { complaintEvidenceOf, complaintOrdersOf, loadComplaint } from "./complaint-access";
import { buyerNameOf } from "./file-complaint";
import type { GetComplaintInput } from "./get-complaint-input";

/**
 * A complaint's page — the merchant's own shop's, or any for an admin (another shop's id →
 * NOT_FOUND): the orders, the statement and evidence, the material request and supplement, the
 * decision, the mark it put (if upheld) and what the viewer may do now.
 */
export async function getComplaint(ctx: ServiceContext, input: GetComplaintInput) {
  const { db, now } = ctx;
  const row = await loadComplaint(db, ctx.tenant, input.complaintId);
  const policy = complaintPolicy(row.policyId, row.policyVersion);
  const [orderRows, evidence, consumerName, marks, shopRows] = await Promise.all([
    complaintOrdersOf(db, row.id),
    complaintEvidenceOf(db, row.id),
    buyerNameOf(db, row.consumerId),
    db.select().from(riskMarks).where(eq(riskMarks.complaintId, row.id)),
    db.select({ name: shops.name, timeZone: shops.timeZone }).from(shops).where(eq(shops.id, row.shopId)),
  ]);
  const shop = shopRows[0];
  if (!shop) throw new Error(`complaint ${row.id}: shop ${row.shopId} missing`);
  const mark = marks[0] ?? null;
  const admin = ctx.tenant.kind === "admin";
  const materialOpen =
    row.status === "needs_material" && row.materialDueAt !== null && !isPastDue(row.materialDueAt, now);
  return {
    ...row,
    consumerName,
    /** The complaining shop, and the time zone its deadlines and times are shown in. */
    shop: { name: shop.name, timeZone: shop.timeZone },
    orders: orderRows,
    evidence,
    slots: [...categoryRule(policy, row.category).slots, policy.supplementSlot],
    mark: mark
      ? {
          id: mark.id,
          since: mark.since,
          expiresAt: mark.expiresAt,
          clearedAt: mark.clearedAt,
          clearReason: mark.clearReason,
          active: mark.clearedAt === null && !isPastDue(mark.expiresAt, now),
        }
      : null,
    can: {
      supplement: !admin && materialOpen,
      review: admin && row.status === "pending_review",
      requestMaterial: admin && row.status === "pending_review" && row.materialRequestedAt === null,
      clearMark: admin && mark !== null && mark.clearedAt === null,
    },
  };
}
