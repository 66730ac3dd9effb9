import { getAdjudicationCase, adjudicationCaseInput } from "@/server/services/adjudication/get-case";
import { queueFilterShops } from "@/server/services/adjudication/filter-options";
import { adjudicationQueueInput, listAdjudicationQueue } from "@/server/services/adjudication/list-queue";
import { judgeServiceOrder } from "@/server/services/after-sales/judge-service-order";
import { judgeServiceOrderInput } from "@/server/services/after-sales/judge-service-order-input";
import { judgeDispute } from "@/server/services/disputes/judge-dispute";
import { judgeDisputeInput } from "@/server/services/disputes/judge-dispute-input";
import { decideWorkOrder } from "@/server/services/intervention/decide-work-order";
import { decideWorkOrderInput } from "@/server/services/intervention/decide-work-order-input";
import { idempotent, keyed } from "../idempotency";
import { adminProcedure, router } from "../init";

/** DSP-5, WO-TM-4/5, AS-8: the platform's adjudication console — one queue, one case page, the judgments. */
export const adjudicationRouter = router({
  /** Everything awaiting the platform, oldest first, with each case's platform deadline. */
  queue: adminProcedure
    .input(adjudicationQueueInput)
    .query(({ ctx, input }) => listAdjudicationQueue(ctx.service, input)),
  shops: adminProcedure.query(({ ctx }) => queueFilterShops(ctx.service)),
  /** One case with everything the judge needs. */
  case: adminProcedure.input(adjudicationCaseInput).query(({ ctx, input }) => getAdjudicationCase(ctx.service, input)),
  /** DSP-5: judge a dispute (liable party, remedy, reasons, cited rules). */
  judgeDispute: adminProcedure.input(keyed(judgeDisputeInput)).mutation((call) => idempotent(call, judgeDispute)),
  /** WO-TM-4/5, WO-PDD-1/2: decide a work order in judgment or second-level review. */
  decideWorkOrder: adminProcedure
    .input(keyed(decideWorkOrderInput))
    .mutation((call) => idempotent(call, decideWorkOrder)),
  /** AS-8: decide an after-sales case in platform intervention (cited rules, once-only refund, ticket). */
  judgeServiceOrder: adminProcedure
    .input(keyed(judgeServiceOrderInput))
    .mutation((call) => idempotent(call, judgeServiceOrder)),
});
