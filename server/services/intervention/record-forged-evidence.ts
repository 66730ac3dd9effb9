import { and, eq } from "drizzle-orm";
import { evidenceItems } from "@/db/schema";
import { systemText } from "@/server/domain/system-text";
import { DomainError, notFound } from "@/server/domain/errors";
import { forgedEvidenceViolation } from "@/server/domain/policies/collaborative";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import { raiseViolation } from "../violations/raise-violation";
import { loadInterventionWorkOrder } from "./intervention-work-order";
import type { ServiceContext } from "../service-context";
import type { RecordForgedEvidenceInput } from "./record-forged-evidence-input";

const itemNotFound = () => notFound({ "zh-CN": "凭证不存在", en: "Evidence item not found" });

/**
 * WO-TM-7: an admin records that a submitted evidence item of a work order is forged. Raises one
 * violation ticket under rule WO-TM-7 — 12 points (ordinary) or 48 (serious) — keyed on the
 * evidence item (violations are unique per (source, rule)), so each forged item counts once
 * and a second recording of the same item → CONFLICT.
 */
export async function recordForgedEvidence(ctx: ServiceContext, input: RecordForgedEvidenceInput) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const row = await loadInterventionWorkOrder(tx, { kind: "admin" }, input.workOrderId);
    if (!isUuid(input.evidenceItemId)) throw itemNotFound();
    const [item] = await tx
      .select({ id: evidenceItems.id, slot: evidenceItems.slot })
      .from(evidenceItems)
      .where(
        and(
          eq(evidenceItems.id, input.evidenceItemId),
          eq(evidenceItems.recordType, "work_order"),
          eq(evidenceItems.recordId, row.id),
          eq(evidenceItems.submitted, true),
        ),
      )
      .limit(1);
    if (!item) throw itemNotFound();

    const points = forgedEvidenceViolation.points[input.severity];
    const violationId = await raiseViolation(tx, {
      shopId: row.shopId,
      sourceType: "evidence_item",
      sourceId: item.id,
      rule: forgedEvidenceViolation.rule,
      points,
      reason: systemText("forgedEvidence"),
      grounds: input.reason,
      by,
      now,
    });
    if (!violationId) {
      throw new DomainError("CONFLICT", "FORGERY_ALREADY_RECORDED", {
        "zh-CN": "该凭证的伪造违规已记录",
        en: "Forgery of this evidence item is already recorded",
      });
    }
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "work_order",
      recordId: row.id,
      by,
      action: "work_order.forged_evidence_recorded",
      payload: {
        evidenceItemId: item.id,
        slot: item.slot,
        severity: input.severity,
        points,
        violationId,
        reason: input.reason,
      },
      at: now,
    });
    return { violationId, points };
  });
}
