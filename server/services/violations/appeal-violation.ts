import { appeals, evidenceItems } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { appealEvidenceSlot } from "@/server/domain/policies/violation-rules";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { validateSlots } from "../intervention/intervention-work-order";
import { assertWithinWindow, loadViolation, notPending, transitionViolation } from "./violation-access";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import type { AppealViolationInput } from "./appeal-violation-input";

/**
 * VIO-2/VIO-3: the merchant appeals a pending ticket within its 7 days, with a statement and
 * evidence (images or PDF, 1–9 files, uploaded by this shop). The appeal stops the clock: the
 * ticket becomes `appealed` and waits for a senior reviewer, never taking effect by itself.
 * One appeal per ticket; the evidence is frozen with it (evidence_items of the ticket, which
 * only the shop and admins may read). Compare-and-set from `pending`.
 */
export async function appealViolation(ctx: ServiceContext, input: AppealViolationInput) {
  const { db, now } = ctx;
  const scope = tenantOfKind(ctx.tenant, "merchant");
  const { shopId } = scope;
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const ticket = await loadViolation(tx, scope, input.violationId);
    if (ticket.status !== "pending") throw notPending(ticket);
    assertWithinWindow(ticket, now);
    const placements = await validateSlots(tx, {
      slots: [appealEvidenceSlot],
      evidence: { [appealEvidenceSlot.key]: input.evidence },
      uploader: { userId: by.userId, shopId },
    });

    const { row, from, to } = await transitionViolation(tx, ticket, "appeal").catch(async (error: unknown) => {
      if (error instanceof DomainError && error.code === "STALE_STATE")
        throw notPending(await loadViolation(tx, scope, ticket.id));
      throw error;
    });
    const [appeal] = await tx
      .insert(appeals)
      .values({
        violationId: row.id,
        shopId: row.shopId,
        statement: input.statement,
        status: "pending",
        submittedBy: by.userId ?? "system",
        submittedAt: now,
      })
      .returning({ id: appeals.id });
    if (!appeal) throw new Error("appealViolation: insert returned no row");
    await tx.insert(evidenceItems).values(
      placements.map((p) => ({
        shopId: row.shopId,
        recordType: "violation" as const,
        recordId: row.id,
        slot: p.slot,
        fileId: p.fileId,
        position: p.position,
        submitted: true,
        addedBy: by.userId ?? "system",
        createdAt: now,
      })),
    );
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "violation",
      recordId: row.id,
      by,
      action: "violation.appealed",
      from,
      to,
      payload: { appealId: appeal.id, note: input.statement, files: placements.map((p) => p.fileId) },
      at: now,
    });
    return { id: row.id, status: row.status, appealId: appeal.id };
  });
}
