import { z } from "zod";
import { DomainError, staleState } from "@/server/domain/errors";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import type { InterventionPath } from "@/server/domain/policies/types";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { transitionWorkOrder } from "../work-orders/transition";
import { clearEvidenceDraft } from "./evidence-draft";
import {
  assertBeforeDeadline,
  assertNoSubmittedEvidence,
  insertSubmittedEvidence,
  loadInterventionWorkOrder,
  validateSlots,
} from "./intervention-work-order";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import type { submitWorkOrderEvidenceInput } from "./submit-work-order-evidence-input";

const bad = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

function choosePath(paths: readonly InterventionPath[], key: string | undefined): InterventionPath {
  const only = paths.length === 1 ? paths[0] : undefined;
  const path = key === undefined ? only : paths.find((p) => p.key === key);
  if (!path) {
    const names = paths.map((p) => p.label["zh-CN"]).join(" / ");
    throw bad(
      "PATH_REQUIRED",
      `请选择一种处理方式:${names}`,
      `Choose exactly one way to answer: ${paths.map((p) => p.label.en).join(" / ")}`,
    );
  }
  return path;
}

/** The path's fields, trimmed; a required field left empty is named in the error. */
function checkFields(path: InterventionPath, given: Record<string, string>): Record<string, string> {
  const unknown = Object.keys(given).filter((k) => !path.fields.some((f) => f.key === k));
  if (unknown.length > 0)
    throw bad(
      "UNKNOWN_FIELD",
      `所选处理方式不需要填写:${unknown.join("、")}`,
      `The chosen path has no field(s): ${unknown.join(", ")}`,
    );
  const values: Record<string, string> = {};
  const missing = [];
  for (const field of path.fields) {
    const value = (given[field.key] ?? "").trim();
    if (field.required && value === "") missing.push(field);
    else if (value.length > field.maxLength)
      throw bad(
        "FIELD_TOO_LONG",
        `「${field.label["zh-CN"]}」最多 ${field.maxLength} 字`,
        `"${field.label.en}": at most ${field.maxLength} characters`,
      );
    else if (value !== "") values[field.key] = value;
  }
  if (missing.length > 0) {
    throw bad(
      "FIELD_REQUIRED",
      `请填写${missing.map((f) => `「${f.label["zh-CN"]}」`).join("、")}`,
      `Fill in ${missing.map((f) => `"${f.label.en}"`).join(", ")}`,
    );
  }
  return values;
}

/**
 * WO-PDD-1/2, WO-3: the merchant answers a Pinduoduo-style work order by taking exactly one of
 * its policy's paths and submitting every required slot in one go. Anything wrong → refused
 * slot by slot, nothing stored. A valid submission is frozen (submitted) and moves the work
 * order to platform judgment or resolves it, as the path says; a second one → CONFLICT.
 */
export async function submitWorkOrderEvidence(
  ctx: ServiceContext,
  input: z.output<typeof submitWorkOrderEvidenceInput>,
) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const row = await loadInterventionWorkOrder(tx, { kind: "merchant", shopId }, input.workOrderId);
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

    const path = choosePath(policy.paths, input.path);
    const fields = checkFields(path, input.fields);
    const placements = await validateSlots(tx, {
      slots: path.slots,
      evidence: input.evidence,
      uploader: { userId: by.userId, shopId },
    });

    const event = path.outcome === "judging" ? "send_to_judgment" : "reply";
    const reply = { resolution: path.key, ...fields };
    const {
      row: updated,
      from,
      to,
    } = await transitionWorkOrder(tx, row, event, {
      reply,
      repliedAt: now,
      repliedBy: by.userId,
      replyOnTime: true,
      // The adjudication queue's clock starts when the work order reaches the platform.
      ...(path.outcome === "resolved" ? { closedAt: now } : { platformSince: now }),
    });
    // WO-3: the submission replaces the draft; no stale draft rows stay behind.
    await clearEvidenceDraft(tx, updated.id);
    await insertSubmittedEvidence(tx, updated, placements, by, now);
    await emitAudit(tx, {
      shopId: updated.shopId,
      recordType: "work_order",
      recordId: updated.id,
      by,
      action: "work_order.evidence_submitted",
      from,
      to,
      payload: { path: path.key, ...fields, files: placements.map((p) => ({ slot: p.slot, fileId: p.fileId })) },
      at: now,
    });
    return { id: updated.id, status: updated.status, path: path.key };
  });
}
