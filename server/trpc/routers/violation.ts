import { appealViolation } from "@/server/services/violations/appeal-violation";
import { appealViolationInput } from "@/server/services/violations/appeal-violation-input";
import { confirmViolation, confirmViolationInput } from "@/server/services/violations/confirm-violation";
import { decideAppeal } from "@/server/services/violations/decide-appeal";
import { decideAppealInput } from "@/server/services/violations/decide-appeal-input";
import { getViolation, getViolationInput } from "@/server/services/violations/get-violation";
import { appealQueueInput, listAppealQueue } from "@/server/services/violations/list-appeal-queue";
import {
  listAllViolationsInput,
  listViolations,
  listViolationsInput,
  violationSummary,
} from "@/server/services/violations/list-violations";
import { raiseByAdmin } from "@/server/services/violations/raise-by-admin";
import { raiseByAdminInput } from "@/server/services/violations/raise-by-admin-input";
import { idempotent, keyed } from "../idempotency";
import { adminProcedure, merchantProcedure, router } from "../init";

const merchant = router({
  /** VIO-1: the shop's tickets, newest first, with live 7-day deadlines. */
  list: merchantProcedure.input(listViolationsInput).query(({ ctx, input }) => listViolations(ctx.service, input)),
  summary: merchantProcedure.query(({ ctx }) => violationSummary(ctx.service)),
  get: merchantProcedure.input(getViolationInput).query(({ ctx, input }) => getViolation(ctx.service, input)),
  /** VIO-2: accept the ticket; it takes effect now. */
  confirm: merchantProcedure.input(keyed(confirmViolationInput)).mutation((call) => idempotent(call, confirmViolation)),
  /** VIO-2/3: appeal within 7 days with a statement and evidence. */
  appeal: merchantProcedure.input(keyed(appealViolationInput)).mutation((call) => idempotent(call, appealViolation)),
});

const admin = router({
  /** Every shop's tickets, filtered by shop, status, rule and source. */
  list: adminProcedure.input(listAllViolationsInput).query(({ ctx, input }) => listViolations(ctx.service, input)),
  get: adminProcedure.input(getViolationInput).query(({ ctx, input }) => getViolation(ctx.service, input)),
  /** VIO-1: raise a ticket on a shop by hand. */
  raise: adminProcedure.input(raiseByAdminInput).mutation(({ ctx, input }) => raiseByAdmin(ctx.service, input)),
  /** VIO-3 申诉审核: pending appeals, oldest first. */
  appealQueue: adminProcedure.input(appealQueueInput).query(({ ctx, input }) => listAppealQueue(ctx.service, input)),
  /** VIO-3: uphold or overturn — senior reviewers who did not make the first decision. */
  decideAppeal: adminProcedure.input(keyed(decideAppealInput)).mutation((call) => idempotent(call, decideAppeal)),
});

/** VIO-1..3: violation tickets (违约单) and appeals. */
export const violationRouter = router({ merchant, admin });
