import { applyForIntervention, applyForInterventionInput } from "@/server/services/intervention/apply-for-intervention";
import { decideWorkOrder, decideWorkOrderInput } from "@/server/services/intervention/decide-work-order";
import { completeDelisting, completeDelistingInput, listDelistingRequests, listDelistingRequestsInput } from "@/server/services/intervention/delisting-requests";
import { listPlatformCases, listPlatformCasesInput } from "@/server/services/intervention/list-platform-cases";
import { markEvidenceInvalid, markEvidenceInvalidInput } from "@/server/services/intervention/mark-evidence-invalid";
import { recordForgedEvidence, recordForgedEvidenceInput } from "@/server/services/intervention/record-forged-evidence";
import { replyCollaborative, replyCollaborativeInput } from "@/server/services/intervention/reply-collaborative";
import { saveEvidenceDraft, saveEvidenceDraftInput } from "@/server/services/intervention/save-evidence-draft";
import { submitWorkOrderEvidence, submitWorkOrderEvidenceInput } from "@/server/services/intervention/submit-work-order-evidence";
import { acting } from "@/server/services/acting";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** WO-1: 申请平台介入 (`apply` is reserved by tRPC) — opens a merchant work order (not received / missing items / collaborative). */
  applyIntervention: consumerProcedure
    .input(applyForInterventionInput)
    .mutation(({ ctx, input }) => applyForIntervention({ db: ctx.db, actor: ctx.actor, consumerId: ctx.consumer.id, now: ctx.now(), input })),
});

const merchant = router({
  /** WO-PDD-1/2, WO-3: one path, every required slot in one submission. */
  submitEvidence: merchantProcedure
    .input(submitWorkOrderEvidenceInput)
    .mutation(({ ctx, input }) => submitWorkOrderEvidence({ db: ctx.db, actor: ctx.actor, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
  /** WO-3: keep the evidence draft on the server until the one submission. */
  saveDraft: merchantProcedure
    .input(saveEvidenceDraftInput)
    .mutation(({ ctx, input }) => saveEvidenceDraft({ db: ctx.db, actor: ctx.actor, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
  /** WO-TM-2..4: agreed / not agreed / unresolved with contact records and vouchers. */
  replyCollaborative: merchantProcedure
    .input(replyCollaborativeInput)
    .mutation(({ ctx, input }) => replyCollaborative({ db: ctx.db, actor: ctx.actor, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
});

const admin = router({
  /** The platform's queue: work orders in second-level review or waiting for judgment, oldest first. */
  cases: adminProcedure.input(listPlatformCasesInput).query(({ ctx, input }) => listPlatformCases({ db: ctx.db, input })),
  /** WO-PDD-2: delisting requests raised by missing-items timeouts. */
  delistings: adminProcedure.input(listDelistingRequestsInput).query(({ ctx, input }) => listDelistingRequests({ db: ctx.db, input })),
  completeDelisting: adminProcedure
    .input(completeDelistingInput)
    .mutation(({ ctx, input }) => completeDelisting({ db: ctx.db, by: acting(ctx.actor, "admin"), now: ctx.now(), input })),
  /** WO-3: mark one submitted evidence item invalid, with a reason. */
  markEvidenceInvalid: adminProcedure
    .input(markEvidenceInvalidInput)
    .mutation(({ ctx, input }) => markEvidenceInvalid({ db: ctx.db, actor: ctx.actor, now: ctx.now(), input })),
  /** WO-TM-7: forged evidence → violation ticket, 12 or 48 points. */
  recordForgedEvidence: adminProcedure
    .input(recordForgedEvidenceInput)
    .mutation(({ ctx, input }) => recordForgedEvidence({ db: ctx.db, actor: ctx.actor, now: ctx.now(), input })),
  /** WO-TM-4/5: decide a work order in second-level review (senior reviewers) or judgment. */
  decide: adminProcedure
    .input(decideWorkOrderInput)
    .mutation(({ ctx, input }) => decideWorkOrder({ db: ctx.db, actor: ctx.actor, adminLevel: ctx.admin.level, now: ctx.now(), input })),
});

export const interventionRouter = router({ consumer, merchant, admin });
