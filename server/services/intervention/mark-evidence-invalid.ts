import { and, eq, isNull } from "drizzle-orm";
import { evidenceItems } from "@/db/schema";
import { DomainError, notFound } from "@/server/domain/errors";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import { loadInterventionWorkOrder } from "./intervention-work-order";
import type { ServiceContext } from "../service-context";
import type { MarkEvidenceInvalidInput } from "./mark-evidence-invalid-input";

const itemNotFound = () => notFound({ "zh-CN": "凭证不存在", en: "Evidence item not found" });

/**
 * WO-3: an admin marks one submitted evidence item of a work order invalid, with a reason
 * (e.g. a signed receipt placed in a weighing-photo slot). Compare-and-set on "not yet
 * invalid": marking it twice → CONFLICT. For not-received work orders, invalid evidence counts
 * as missing when the platform decides (WO-PDD-1).
 */
export async function markEvidenceInvalid(ctx: ServiceContext, input: MarkEvidenceInvalidInput) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const row = await loadInterventionWorkOrder(tx, { kind: "admin" }, input.workOrderId);
    if (!isUuid(input.evidenceItemId)) throw itemNotFound();
    const onThisWorkOrder = and(
      eq(evidenceItems.id, input.evidenceItemId),
      eq(evidenceItems.recordType, "work_order"),
      eq(evidenceItems.recordId, row.id),
      eq(evidenceItems.submitted, true),
    );
    const [item] = await tx.select().from(evidenceItems).where(onThisWorkOrder).limit(1);
    if (!item) throw itemNotFound();

    const [updated] = await tx
      .update(evidenceItems)
      .set({ invalidReason: input.reason, invalidatedBy: by.userId })
      .where(and(onThisWorkOrder, isNull(evidenceItems.invalidReason)))
      .returning({ id: evidenceItems.id });
    if (!updated) {
      throw new DomainError("CONFLICT", "ALREADY_INVALID", {
        "zh-CN": "该凭证已被标记为无效",
        en: "This evidence item is already marked invalid",
      });
    }
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "work_order",
      recordId: row.id,
      by,
      action: "work_order.evidence_invalidated",
      payload: { evidenceItemId: item.id, slot: item.slot, reason: input.reason },
      at: now,
    });
    return { evidenceItemId: item.id, slot: item.slot, invalidReason: input.reason };
  });
}
