import { chooseDisputePlan } from "@/server/services/disputes/choose-dispute-plan";
import { choosePlanInput } from "@/server/services/disputes/choose-dispute-plan-input";
import { getDispute, getDisputeInput } from "@/server/services/disputes/get-dispute";
import {
  getInvoiceDisputeOptions,
  invoiceDisputeOptionsInput,
} from "@/server/services/disputes/get-invoice-dispute-options";
import { judgeDispute } from "@/server/services/disputes/judge-dispute";
import { judgeDisputeInput } from "@/server/services/disputes/judge-dispute-input";
import { listDisputes, listDisputesInput } from "@/server/services/disputes/list-disputes";
import { openInvoiceDispute } from "@/server/services/disputes/open-invoice-dispute";
import { openInvoiceDisputeInput } from "@/server/services/disputes/open-invoice-dispute-input";
import {
  cancelOpenableInput,
  getCancelDisputeOptions,
  openCancelDispute,
} from "@/server/services/disputes/open-cancel-dispute";
import { openCancelDisputeInput } from "@/server/services/disputes/open-cancel-dispute-input";
import { respondToSettlement } from "@/server/services/disputes/respond-to-settlement";
import { respondToSettlementInput } from "@/server/services/disputes/respond-to-settlement-input";
import { idempotent, keyed } from "../idempotency";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** What the "open a dispute" page needs: can this scenario be opened on this invoice now? */
  openable: consumerProcedure
    .input(invoiceDisputeOptionsInput)
    .query(({ ctx, input }) => getInvoiceDisputeOptions(ctx.service, input)),
  open: consumerProcedure
    .input(openInvoiceDisputeInput)
    .mutation(({ ctx, input }) => openInvoiceDispute(ctx.service, input)),
  /** DSP-CXL-1: can a cancellation dispute be opened on this order now? */
  cancelOpenable: consumerProcedure
    .input(cancelOpenableInput)
    .query(({ ctx, input }) => getCancelDisputeOptions(ctx.service, input)),
  openCancel: consumerProcedure
    .input(openCancelDisputeInput)
    .mutation(({ ctx, input }) => openCancelDispute(ctx.service, input)),
  get: consumerProcedure.input(getDisputeInput).query(({ ctx, input }) => getDispute(ctx.service, input)),
  list: consumerProcedure.input(listDisputesInput).query(({ ctx, input }) => listDisputes(ctx.service, input)),
  respond: consumerProcedure
    .input(keyed(respondToSettlementInput))
    .mutation((call) => idempotent(call, respondToSettlement)),
});

const merchant = router({
  list: merchantProcedure.input(listDisputesInput).query(({ ctx, input }) => listDisputes(ctx.service, input)),
  get: merchantProcedure.input(getDisputeInput).query(({ ctx, input }) => getDispute(ctx.service, input)),
  choosePlan: merchantProcedure.input(keyed(choosePlanInput)).mutation((call) => idempotent(call, chooseDisputePlan)),
});

const admin = router({
  /** Platform-responsible disputes (SHOP-1: FBP invoice disputes), answered by the platform. */
  list: adminProcedure.input(listDisputesInput).query(({ ctx, input }) => listDisputes(ctx.service, input)),
  get: adminProcedure.input(getDisputeInput).query(({ ctx, input }) => getDispute(ctx.service, input)),
  choosePlan: adminProcedure.input(keyed(choosePlanInput)).mutation((call) => idempotent(call, chooseDisputePlan)),
  /** 判责队列: platform_judging, oldest wait first. */
  judge: adminProcedure.input(keyed(judgeDisputeInput)).mutation((call) => idempotent(call, judgeDispute)),
});

export const disputeRouter = router({ consumer, merchant, admin });
