import { riskMarks } from "@/db/schema";
import { dueAfter } from "@/server/domain/deadlines";
import { DomainError, staleState } from "@/server/domain/errors";
import { complaintMachine } from "@/server/domain/machines/complaint";
import { complaintPolicy } from "@/server/domain/policies/registry";
import { actingOf } from "../acting";
import { adminOf, type ServiceContext } from "../service-context";
import { auditComplaint, loadComplaint, updateComplaintFrom } from "./complaint-access";
import { notifyComplaintDecided, notifyComplaintMaterialRequested } from "./complaint-notifications";
import type { ReviewComplaintInput } from "./review-complaint-input";

const materialAskedOnce = () =>
  new DomainError("CONFLICT", "MATERIAL_ALREADY_REQUESTED", {
    "zh-CN": "每个投诉只能要求补充一次材料,请直接判定成立或不成立",
    en: "More material may be requested once per complaint; uphold or dismiss it",
  });

/**
 * MAL-2: the platform decides a complaint in review. Uphold → a risk mark on the buyer (the
 * category, since now, expiring after the policy's validity, the complaint it came from); dismiss;
 * or ask for more material once — the merchant's window (policy) starts and the review clock
 * stops. A complaint not in review (decided, or waiting for material) → STALE_STATE; the router
 * keys it, so a retried click returns the first answer. Past the review deadline the platform may
 * still decide (a missed review has no automatic outcome; the row is overdue in the queue).
 */
export async function reviewComplaint(ctx: ServiceContext, input: ReviewComplaintInput) {
  const { db, now } = ctx;
  const admin = adminOf(ctx);
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const row = await loadComplaint(tx, ctx.tenant, input.complaintId, { forUpdate: true });
    const policy = complaintPolicy(row.policyId, row.policyVersion);
    const to = complaintMachine.next(row.status, input.decision);
    const reason = input.reason.trim();

    if (input.decision === "request_material") {
      if (row.materialRequestedAt) throw materialAskedOnce();
      const dueAt = dueAfter(now, policy.materialRequests.windowMs);
      const moved = await updateComplaintFrom(tx, row, {
        status: to,
        reviewDueAt: null,
        materialRequestedAt: now,
        materialRequestedBy: admin.userId,
        materialRequestNote: reason,
        materialDueAt: dueAt,
      });
      if (!moved) throw staleState();
      await auditComplaint(tx, moved, {
        by,
        action: "material_requested",
        from: row.status,
        to,
        now,
        payload: { reason, dueAt },
      });
      await notifyComplaintMaterialRequested(tx, moved, dueAt, reason, now);
      return { id: moved.id, status: moved.status, materialDueAt: dueAt, markId: null };
    }

    const moved = await updateComplaintFrom(tx, row, {
      status: to,
      reviewDueAt: null,
      decidedAt: now,
      decidedBy: admin.userId,
      decisionReason: reason,
    });
    if (!moved) throw staleState();
    let markId: string | null = null;
    if (input.decision === "uphold") {
      const [mark] = await tx
        .insert(riskMarks)
        .values({
          consumerId: row.consumerId,
          shopId: row.shopId,
          complaintId: row.id,
          category: row.category,
          since: now,
          expiresAt: dueAfter(now, policy.markValidityMs),
        })
        .returning({ id: riskMarks.id, expiresAt: riskMarks.expiresAt });
      markId = mark?.id ?? null;
      await auditComplaint(tx, moved, {
        by,
        action: "upheld",
        from: row.status,
        to,
        now,
        payload: { reason, markId, expiresAt: mark?.expiresAt ?? null },
      });
      await notifyComplaintDecided(tx, moved, "upheld", now);
    } else {
      await auditComplaint(tx, moved, { by, action: "dismissed", from: row.status, to, now, payload: { reason } });
      await notifyComplaintDecided(tx, moved, "dismissed", now);
    }
    return { id: moved.id, status: moved.status, materialDueAt: null, markId };
  });
}
