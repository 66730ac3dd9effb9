import { z } from "zod";
import { isDemoMode } from "@/server/demo-mode";
import { sweepNowAt } from "@/server/services/clock/advance-and-sweep";
import { adminProcedure, publicProcedure, router } from "../init";

export const clockRouter = router({
  /** The app's current time (wall clock + demo offset) and whether the demo clock exists. */
  now: publicProcedure.query(({ ctx }) => ({ now: ctx.now(), demo: isDemoMode() })),
  /** Demo mode only: move time forward by whole minutes (up to 400 days) and sweep at once. */
  advance: adminProcedure
    .input(
      z.object({
        minutes: z
          .number()
          .int()
          .min(1)
          .max(400 * 24 * 60),
      }),
    )
    .mutation(({ ctx, input }) => sweepNowAt(ctx.service, input)),
});
