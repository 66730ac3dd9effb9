import { getAdjudicationCase, adjudicationCaseInput } from "@/server/services/adjudication/get-case";
import { queueFilterShops } from "@/server/services/adjudication/filter-options";
import { adjudicationQueueInput, listAdjudicationQueue } from "@/server/services/adjudication/list-queue";
import { judgeDispute, judgeDisputeInput } from "@/server/services/disputes/judge-dispute";
import { decideWorkOrder, decideWorkOrderInput } from "@/server/services/intervention/decide-work-order";
import { adminProcedure, router } from "../init";

/** DSP-5, WO-TM-4/5: the platform's adjudication console — one queue, one case page, the judgments. */
export const adjudicationRouter = router({
  /** Everything awaiting the platform, oldest first, with each case's platform deadline. */
  queue: adminProcedure.input(adjudicationQueueInput).query(({ ctx, input }) => listAdjudicationQueue({ db: ctx.db, now: ctx.now(), input })),
  shops: adminProcedure.query(({ ctx }) => queueFilterShops({ db: ctx.db })),
  /** One case with everything the judge needs. */
  case: adminProcedure
    .input(adjudicationCaseInput)
    .query(({ ctx, input }) => getAdjudicationCase({ db: ctx.db, now: ctx.now(), viewer: { userId: ctx.actor.userId, level: ctx.admin.level }, input })),
  /** DSP-5: judge a dispute (liable party, remedy, reasons, cited rules). */
  judgeDispute: adminProcedure.input(judgeDisputeInput).mutation(({ ctx, input }) => judgeDispute({ db: ctx.db, actor: ctx.actor, now: ctx.now(), input })),
  /** WO-TM-4/5, WO-PDD-1/2: decide a work order in judgment or second-level review. */
  decideWorkOrder: adminProcedure
    .input(decideWorkOrderInput)
    .mutation(({ ctx, input }) => decideWorkOrder({ db: ctx.db, actor: ctx.actor, adminLevel: ctx.admin.level, now: ctx.now(), input })),
});
