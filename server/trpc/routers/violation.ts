import { appealViolation, appealViolationInput } from "@/server/services/violations/appeal-violation";
import { confirmViolation, confirmViolationInput } from "@/server/services/violations/confirm-violation";
import { decideAppeal, decideAppealInput } from "@/server/services/violations/decide-appeal";
import { getViolation, getViolationInput } from "@/server/services/violations/get-violation";
import { appealQueueInput, listAppealQueue } from "@/server/services/violations/list-appeal-queue";
import { listAllViolationsInput, listViolations, listViolationsInput, violationSummary } from "@/server/services/violations/list-violations";
import { raiseByAdmin, raiseByAdminInput } from "@/server/services/violations/raise-by-admin";
import { adminProcedure, merchantProcedure, router } from "../init";

const merchant = router({
  /** VIO-1: the shop's tickets, newest first, with live 7-day deadlines. */
  list: merchantProcedure
    .input(listViolationsInput)
    .query(({ ctx, input }) => listViolations({ db: ctx.db, scope: { kind: "merchant", shopId: ctx.merchant.shopId }, input })),
  summary: merchantProcedure.query(({ ctx }) => violationSummary({ db: ctx.db, shopId: ctx.merchant.shopId, now: ctx.now() })),
  get: merchantProcedure
    .input(getViolationInput)
    .query(({ ctx, input }) => getViolation({ db: ctx.db, viewer: { kind: "merchant", shopId: ctx.merchant.shopId }, violationId: input.violationId })),
  /** VIO-2: accept the ticket; it takes effect now. */
  confirm: merchantProcedure
    .input(confirmViolationInput)
    .mutation(({ ctx, input }) => confirmViolation({ db: ctx.db, actor: ctx.actor, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
  /** VIO-2/3: appeal within 7 days with a statement and evidence. */
  appeal: merchantProcedure
    .input(appealViolationInput)
    .mutation(({ ctx, input }) => appealViolation({ db: ctx.db, actor: ctx.actor, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
});

const admin = router({
  /** Every shop's tickets, filtered by shop, status, rule and source. */
  list: adminProcedure.input(listAllViolationsInput).query(({ ctx, input }) => listViolations({ db: ctx.db, scope: { kind: "admin" }, input })),
  get: adminProcedure
    .input(getViolationInput)
    .query(({ ctx, input }) =>
      getViolation({ db: ctx.db, viewer: { kind: "admin", userId: ctx.actor.userId, level: ctx.admin.level }, violationId: input.violationId }),
    ),
  /** VIO-1: raise a ticket on a shop by hand. */
  raise: adminProcedure.input(raiseByAdminInput).mutation(({ ctx, input }) => raiseByAdmin({ db: ctx.db, actor: ctx.actor, now: ctx.now(), input })),
  /** VIO-3 申诉审核: pending appeals, oldest first. */
  appealQueue: adminProcedure.input(appealQueueInput).query(({ ctx, input }) => listAppealQueue({ db: ctx.db, input })),
  /** VIO-3: uphold or overturn — senior reviewers who did not make the first decision. */
  decideAppeal: adminProcedure
    .input(decideAppealInput)
    .mutation(({ ctx, input }) => decideAppeal({ db: ctx.db, actor: ctx.actor, adminLevel: ctx.admin.level, now: ctx.now(), input })),
});

/** VIO-1..3: violation tickets (违约单) and appeals. */
export const violationRouter = router({ merchant, admin });
