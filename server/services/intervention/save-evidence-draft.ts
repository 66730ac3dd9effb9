import { z } from "zod";
import { evidenceItems } from "@/db/schema";
import { DomainError, staleState } from "@/server/domain/errors";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import { actingOf } from "../acting";
import { clearEvidenceDraft, loadEvidenceDraft } from "./evidence-draft";
import {
  assertBeforeDeadline,
  assertNoSubmittedEvidence,
  loadInterventionWorkOrder,
  validateSlots,
} from "./intervention-work-order";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";

export const saveEvidenceDraftInput = z.strictObject({
  workOrderId: z.string().max(64),
  /** The path the merchant is preparing; its slots are the only ones a draft may fill. */
  path: z.string().max(64),
  /** Slot key → uploaded file ids, in display order (empty slots allowed). */
  evidence: z.record(z.string().max(64), z.array(z.string().max(64)).max(20)),
});

const bad = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

/**
 * WO-3 ("evidence is a draft until submitted once"): the merchant's uploads for one path are
 * kept on the server so they survive a reload. Only while the work order is open, before its
 * deadline and before the one submission. Slots and files are checked as on submission (the
 * path's slots, the merchant's own files of an accepted kind, at most `max`) but nothing is
 * required yet. The new draft replaces the old one whole. Drafts are not audited: they are
 * not a decision, and saving on every change would drown the timeline.
 */
export async function saveEvidenceDraft(ctx: ServiceContext, input: z.output<typeof saveEvidenceDraftInput>) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    // Locked so a draft cannot slip in beside a submission that is being made concurrently.
    const row = await loadInterventionWorkOrder(tx, { kind: "merchant", shopId }, input.workOrderId, {
      forUpdate: true,
    });
    const policy = workOrderPolicy(row.policyId, row.policyVersion);
    if (!policy.paths)
      throw bad(
        "WRONG_VERB",
        "协同工单请使用「回复协同工单」提交",
        "Reply to a collaborative work order with its own reply form",
      );
    await assertNoSubmittedEvidence(tx, row.id);
    if (row.status !== "open") throw staleState();
    assertBeforeDeadline(row, now);

    const path = policy.paths.find((p) => p.key === input.path);
    if (!path) throw bad("UNKNOWN_PATH", "处理方式不存在,请重新选择", "Unknown way to answer; choose one again");
    const placements = await validateSlots(tx, {
      slots: path.slots,
      evidence: input.evidence,
      uploader: { userId: by.userId, shopId },
      draft: true,
    });

    await clearEvidenceDraft(tx, row.id);
    if (placements.length > 0) {
      await tx.insert(evidenceItems).values(
        placements.map((p) => ({
          shopId: row.shopId,
          recordType: "work_order" as const,
          recordId: row.id,
          slot: p.slot,
          fileId: p.fileId,
          position: p.position,
          submitted: false,
          addedBy: by.userId ?? "system",
          createdAt: now,
        })),
      );
    }
    const draft = await loadEvidenceDraft(tx, row.id, [path]);
    return { workOrderId: row.id, savedAt: now, draft: { ...draft, path: path.key } };
  });
}
