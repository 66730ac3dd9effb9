import { applyForIntervention } from "@/server/services/intervention/apply-for-intervention";
import { applyForInterventionInput } from "@/server/services/intervention/apply-for-intervention-input";
import { decideWorkOrder } from "@/server/services/intervention/decide-work-order";
import { decideWorkOrderInput } from "@/server/services/intervention/decide-work-order-input";
import {
  completeDelisting,
  completeDelistingInput,
  listDelistingRequests,
  listDelistingRequestsInput,
} from "@/server/services/intervention/delisting-requests";
import { markEvidenceInvalid } from "@/server/services/intervention/mark-evidence-invalid";
import { markEvidenceInvalidInput } from "@/server/services/intervention/mark-evidence-invalid-input";
import { recordForgedEvidence } from "@/server/services/intervention/record-forged-evidence";
import { recordForgedEvidenceInput } from "@/server/services/intervention/record-forged-evidence-input";
import { replyCollaborative } from "@/server/services/intervention/reply-collaborative";
import { replyCollaborativeInput } from "@/server/services/intervention/reply-collaborative-input";
import { saveEvidenceDraft, saveEvidenceDraftInput } from "@/server/services/intervention/save-evidence-draft";
import { submitWorkOrderEvidence } from "@/server/services/intervention/submit-work-order-evidence";
import { submitWorkOrderEvidenceInput } from "@/server/services/intervention/submit-work-order-evidence-input";
import { idempotent, keyed } from "../idempotency";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** WO-1: 申请平台介入 (`apply` is reserved by tRPC) — opens a merchant work order (not received / missing items / collaborative). */
  applyIntervention: consumerProcedure
    .input(applyForInterventionInput)
    .mutation(({ ctx, input }) => applyForIntervention(ctx.service, input)),
});

const merchant = router({
  /** WO-PDD-1/2, WO-3: one path, every required slot in one submission. */
  submitEvidence: merchantProcedure
    .input(submitWorkOrderEvidenceInput)
    .mutation(({ ctx, input }) => submitWorkOrderEvidence(ctx.service, input)),
  /** WO-3: keep the evidence draft on the server until the one submission. */
  saveDraft: merchantProcedure
    .input(saveEvidenceDraftInput)
    .mutation(({ ctx, input }) => saveEvidenceDraft(ctx.service, input)),
  /** WO-TM-2..4: agreed / not agreed / unresolved with contact records and vouchers. */
  replyCollaborative: merchantProcedure
    .input(replyCollaborativeInput)
    .mutation(({ ctx, input }) => replyCollaborative(ctx.service, input)),
});

const admin = router({
  /** WO-PDD-2: delisting requests raised by missing-items timeouts. */
  delistings: adminProcedure
    .input(listDelistingRequestsInput)
    .query(({ ctx, input }) => listDelistingRequests(ctx.service, input)),
  completeDelisting: adminProcedure
    .input(completeDelistingInput)
    .mutation(({ ctx, input }) => completeDelisting(ctx.service, input)),
  /** WO-3: mark one submitted evidence item invalid, with a reason. */
  markEvidenceInvalid: adminProcedure
    .input(markEvidenceInvalidInput)
    .mutation(({ ctx, input }) => markEvidenceInvalid(ctx.service, input)),
  /** WO-TM-7: forged evidence → violation ticket, 12 or 48 points. */
  recordForgedEvidence: adminProcedure
    .input(recordForgedEvidenceInput)
    .mutation(({ ctx, input }) => recordForgedEvidence(ctx.service, input)),
  /** WO-TM-4/5: decide a work order in second-level review (senior reviewers) or judgment. */
  decide: adminProcedure.input(keyed(decideWorkOrderInput)).mutation((call) => idempotent(call, decideWorkOrder)),
});

export const interventionRouter = router({ consumer, merchant, admin });
