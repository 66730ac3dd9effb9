import { approveAndPublish } from "@/server/services/policies/approve-and-publish";
import { createDraft } from "@/server/services/policies/create-draft";
import { getDraft } from "@/server/services/policies/get-draft";
import { getShopPolicies } from "@/server/services/policies/get-shop-policies";
import { listPolicies } from "@/server/services/policies/list-policies";
import { pauseRollout } from "@/server/services/policies/pause-rollout";
import {
  createDraftInput,
  draftIdInput,
  policyIdInput,
  setRolloutInput,
  updateDraftInput,
} from "@/server/services/policies/policy-input";
import { rollBack } from "@/server/services/policies/roll-back";
import { setRollout } from "@/server/services/policies/set-rollout";
import { updateDraft } from "@/server/services/policies/update-draft";
import { idempotent, keyed } from "../idempotency";
import { adminProcedure, merchantProcedure, router } from "../init";

const admin = router({
  /** ROL-1/2: every policy, its versions, rollout, history, drafts and which shops run what. */
  list: adminProcedure.query(({ ctx }) => listPolicies(ctx.service)),
  /** ROL-1: start a draft of the next version (default: from the version in force). */
  createDraft: adminProcedure.input(keyed(createDraftInput)).mutation((call) => idempotent(call, createDraft)),
  /** ROL-1: the author saves the whole policy JSON; the result carries issues and the diff. */
  updateDraft: adminProcedure.input(updateDraftInput).mutation(({ ctx, input }) => updateDraft(ctx.service, input)),
  getDraft: adminProcedure.input(draftIdInput).query(({ ctx, input }) => getDraft(ctx.service, input)),
  /** ROL-1 four eyes: another admin approves, which publishes the next version. */
  approveAndPublish: adminProcedure.input(keyed(draftIdInput)).mutation((call) => idempotent(call, approveAndPublish)),
  /** ROL-2: roll a published version out to chosen shops and/or a percentage (widen, resume). */
  setRollout: adminProcedure.input(keyed(setRolloutInput)).mutation((call) => idempotent(call, setRollout)),
  pauseRollout: adminProcedure.input(keyed(policyIdInput)).mutation((call) => idempotent(call, pauseRollout)),
  rollBack: adminProcedure.input(keyed(policyIdInput)).mutation((call) => idempotent(call, rollBack)),
});

const merchant = router({
  /** ROL-2: which version the shop runs for each policy, why, and its notices (公告). */
  mine: merchantProcedure.query(({ ctx }) => getShopPolicies(ctx.service)),
});

/** ROL-1/ROL-2: policy versions, four-eyes publishing and gradual rollout. */
export const policiesRouter = router({ admin, merchant });
