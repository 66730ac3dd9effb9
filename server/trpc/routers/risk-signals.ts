import { buyerSignals, caseSignals, merchantSignals } from "@/server/services/risk-signals/signals";
import { merchantSignalsInput, signalRecordInput } from "@/server/services/risk-signals/signals-input";
import { adminProcedure, merchantProcedure, router } from "../init";

/**
 * MAL-3 risk signals. Merchants see signals on the buyer of their own shop's record, computed over
 * their shop only; judges see both parties' on a case. Consumers have no procedure here.
 */
export const riskSignalsRouter = router({
  merchant: router({
    /** The buyer of this dispute / work order / service order (another shop's record → NOT_FOUND). */
    buyer: merchantProcedure
      .input(signalRecordInput)
      .query(({ ctx, input }) => buyerSignals(ctx.service, { record: input })),
  }),
  admin: router({
    /** Both parties of a case, platform-wide. */
    case: adminProcedure.input(signalRecordInput).query(({ ctx, input }) => caseSignals(ctx.service, input)),
    buyer: adminProcedure
      .input(signalRecordInput)
      .query(({ ctx, input }) => buyerSignals(ctx.service, { record: input })),
    merchant: adminProcedure.input(merchantSignalsInput).query(({ ctx, input }) => merchantSignals(ctx.service, input)),
  }),
});
