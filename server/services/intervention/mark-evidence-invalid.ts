import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { evidenceItems } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { DomainError, notFound } from "@/server/domain/errors";
import { acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import { loadInterventionWorkOrder } from "./internal";

export const markEvidenceInvalidInput = z.strictObject({
  workOrderId: z.string().max(64),
  evidenceItemId: z.string().max(64),
  reason: z
    .string()
    .trim()
    .min(2, { error: "请写明凭证无效的原因 / Say why the evidence is invalid" })
    .max(500, { error: "最多 500 字 / At most 500 characters" }),
});
export type MarkEvidenceInvalidInput = z.infer<typeof markEvidenceInvalidInput>;

const itemNotFound = () => notFound({ "zh-CN": "凭证不存在", en: "Evidence item not found" });

/**
 * WO-3: an admin marks one submitted evidence item of a work order invalid, with a reason
 * (e.g. a signed receipt placed in a weighing-photo slot). Compare-and-set on "not yet
 * invalid": marking it twice → CONFLICT. For not-received work orders, invalid evidence counts
 * as missing when the platform decides (WO-PDD-1).
 */
export async function markEvidenceInvalid(args: { db: Db; actor: Actor; now: Date; input: MarkEvidenceInvalidInput }) {
  const { db, actor, now, input } = args;
  const by = acting(actor, "admin");
  return db.transaction(async (tx) => {
    const row = await loadInterventionWorkOrder(tx, { kind: "admin" }, input.workOrderId);
    if (!isUuid(input.evidenceItemId)) throw itemNotFound();
    const onThisWorkOrder = and(eq(evidenceItems.id, input.evidenceItemId), eq(evidenceItems.recordType, "work_order"), eq(evidenceItems.recordId, row.id), eq(evidenceItems.submitted, true));
    const [item] = await tx.select().from(evidenceItems).where(onThisWorkOrder).limit(1);
    if (!item) throw itemNotFound();

    const [updated] = await tx
      .update(evidenceItems)
      .set({ invalidReason: input.reason, invalidatedBy: by.userId })
      .where(and(onThisWorkOrder, isNull(evidenceItems.invalidReason)))
      .returning({ id: evidenceItems.id });
    if (!updated) {
      throw new DomainError("CONFLICT", "ALREADY_INVALID", { "zh-CN": "该凭证已被标记为无效", en: "This evidence item is already marked invalid" });
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
