import { chooseDisputePlan, choosePlanInput } from "@/server/services/disputes/choose-dispute-plan";
import { getDispute, getDisputeInput } from "@/server/services/disputes/get-dispute";
import { getInvoiceDisputeOptions, invoiceDisputeOptionsInput } from "@/server/services/disputes/get-invoice-dispute-options";
import { judgeDispute, judgeDisputeInput } from "@/server/services/disputes/judge-dispute";
import { judgmentQueueInput, listDisputes, listDisputesInput, listJudgmentQueue } from "@/server/services/disputes/list-disputes";
import { openInvoiceDispute, openInvoiceDisputeInput } from "@/server/services/disputes/open-invoice-dispute";
import { cancelOpenableInput, getCancelDisputeOptions, openCancelDispute, openCancelDisputeInput } from "@/server/services/disputes/open-cancel-dispute";
import { respondToSettlement, respondToSettlementInput } from "@/server/services/disputes/respond-to-settlement";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** What the "open a dispute" page needs: can this scenario be opened on this invoice now? */
  openable: consumerProcedure
    .input(invoiceDisputeOptionsInput)
    .query(({ ctx, input }) => getInvoiceDisputeOptions({ db: ctx.db, consumerId: ctx.consumer.id, input })),
  open: consumerProcedure
    .input(openInvoiceDisputeInput)
    .mutation(({ ctx, input }) => openInvoiceDispute({ db: ctx.db, actor: ctx.actor, consumerId: ctx.consumer.id, now: ctx.now(), input })),
  /** DSP-CXL-1: can a cancellation dispute be opened on this order now? */
  cancelOpenable: consumerProcedure
    .input(cancelOpenableInput)
    .query(({ ctx, input }) => getCancelDisputeOptions({ db: ctx.db, consumerId: ctx.consumer.id, input })),
  openCancel: consumerProcedure
    .input(openCancelDisputeInput)
    .mutation(({ ctx, input }) => openCancelDispute({ db: ctx.db, actor: ctx.actor, consumerId: ctx.consumer.id, now: ctx.now(), input })),
  get: consumerProcedure
    .input(getDisputeInput)
    .query(({ ctx, input }) => getDispute({ db: ctx.db, audience: { kind: "consumer", consumerId: ctx.consumer.id }, disputeId: input.disputeId })),
  list: consumerProcedure
    .input(listDisputesInput)
    .query(({ ctx, input }) => listDisputes({ db: ctx.db, scope: { kind: "consumer", consumerId: ctx.consumer.id }, input })),
  respond: consumerProcedure
    .input(respondToSettlementInput)
    .mutation(({ ctx, input }) => respondToSettlement({ db: ctx.db, actor: ctx.actor, consumerId: ctx.consumer.id, now: ctx.now(), input })),
});

const merchant = router({
  list: merchantProcedure
    .input(listDisputesInput)
    .query(({ ctx, input }) => listDisputes({ db: ctx.db, scope: { kind: "merchant", shopId: ctx.merchant.shopId }, input })),
  get: merchantProcedure
    .input(getDisputeInput)
    .query(({ ctx, input }) => getDispute({ db: ctx.db, audience: { kind: "merchant", shopId: ctx.merchant.shopId }, disputeId: input.disputeId })),
  choosePlan: merchantProcedure
    .input(choosePlanInput)
    .mutation(({ ctx, input }) =>
      chooseDisputePlan({ db: ctx.db, actor: ctx.actor, as: { kind: "merchant", shopId: ctx.merchant.shopId }, now: ctx.now(), input }),
    ),
});

const admin = router({
  /** Platform-responsible disputes (SHOP-1: FBP invoice disputes), answered by the platform. */
  list: adminProcedure.input(listDisputesInput).query(({ ctx, input }) => listDisputes({ db: ctx.db, scope: { kind: "platform" }, input })),
  get: adminProcedure
    .input(getDisputeInput)
    .query(({ ctx, input }) => getDispute({ db: ctx.db, audience: { kind: "admin" }, disputeId: input.disputeId })),
  choosePlan: adminProcedure
    .input(choosePlanInput)
    .mutation(({ ctx, input }) => chooseDisputePlan({ db: ctx.db, actor: ctx.actor, as: { kind: "admin" }, now: ctx.now(), input })),
  /** 判责队列: platform_judging, oldest wait first. */
  judgmentQueue: adminProcedure.input(judgmentQueueInput).query(({ ctx, input }) => listJudgmentQueue({ db: ctx.db, input })),
  judge: adminProcedure.input(judgeDisputeInput).mutation(({ ctx, input }) => judgeDispute({ db: ctx.db, actor: ctx.actor, now: ctx.now(), input })),
});

export const disputeRouter = router({ consumer, merchant, admin });
