import { dueAfter } from "@/server/domain/deadlines";
import { DomainError, staleState } from "@/server/domain/errors";
import { complaintMachine } from "@/server/domain/machines/complaint";
import { complaintPolicy } from "@/server/domain/policies/registry";
import { actingOf } from "../acting";
import { validateSlots } from "../intervention/intervention-work-order";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import {
  assertMaterialWindowOpen,
  auditComplaint,
  complaintEvidenceOf,
  insertComplaintEvidence,
  loadComplaint,
  updateComplaintFrom,
} from "./complaint-access";
import type { SupplementComplaintInput } from "./supplement-complaint-input";

/**
 * MAL-2: the merchant answers the platform's one request for more material, before its window
 * ends (at the deadline exactly it is over; the sweeper closes the complaint). The statement and
 * files are frozen at once; the complaint is back in review with a full new review window.
 */
export async function supplementComplaint(ctx: ServiceContext, input: SupplementComplaintInput) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const row = await loadComplaint(tx, ctx.tenant, input.complaintId, { forUpdate: true });
    const to = complaintMachine.next(row.status, "supplement");
    assertMaterialWindowOpen(row, now);
    const policy = complaintPolicy(row.policyId, row.policyVersion);
    const slot = policy.supplementSlot;
    const placements = await validateSlots(tx, {
      slots: [slot],
      evidence: { [slot.key]: input.files },
      uploader: { userId: by.userId, shopId },
    });
    const attached = new Set((await complaintEvidenceOf(tx, row.id)).map((e) => e.fileId));
    if (placements.some((p) => attached.has(p.fileId))) {
      throw new DomainError("BAD_REQUEST", "DUPLICATE_FILE", {
        "zh-CN": "该文件已在投诉材料中,请上传新的补充材料",
        en: "This file is already part of the complaint; upload new material",
      });
    }
    const statement = input.statement.trim();
    const moved = await updateComplaintFrom(tx, row, {
      status: to,
      supplementedAt: now,
      supplementStatement: statement,
      reviewDueAt: dueAfter(now, policy.reviewWindowMs),
    });
    if (!moved) throw staleState();
    await insertComplaintEvidence(tx, moved, placements, by, now);
    await auditComplaint(tx, moved, {
      by,
      action: "supplemented",
      from: row.status,
      to,
      now,
      payload: { statement, files: placements.map((p) => ({ slot: p.slot, fileId: p.fileId })) },
    });
    return { id: moved.id, status: moved.status, reviewDueAt: moved.reviewDueAt };
  });
}
