import { listStuckDeadlines } from "@/server/services/sweep/list-stuck-deadlines";
import { retryStuckDeadline, retryStuckDeadlineInput } from "@/server/services/sweep/retry-stuck-deadline";
import { adminProcedure, router } from "../init";

export const sweepRouter = router({
  /** Deadlines the sweeper keeps failing to apply, with their last error. */
  stuck: adminProcedure.query(({ ctx }) => listStuckDeadlines(ctx.service)),
  /** Try a stuck deadline again at the next sweep. */
  retry: adminProcedure
    .input(retryStuckDeadlineInput)
    .mutation(({ ctx, input }) => retryStuckDeadline(ctx.service, input)),
});
