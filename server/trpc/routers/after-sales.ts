import { applyForService } from "@/server/services/after-sales/apply-for-service";
import { applyForServiceInput } from "@/server/services/after-sales/apply-for-service-input";
import { approveServiceOrder } from "@/server/services/after-sales/approve-service-order";
import { approveServiceOrderInput } from "@/server/services/after-sales/approve-service-order-input";
import { completeRepairInput } from "@/server/services/after-sales/complete-repair-input";
import { confirmCompletionInput, disputeCompletionInput } from "@/server/services/after-sales/confirm-completion-input";
import { escalateServiceOrder } from "@/server/services/after-sales/escalate-service-order";
import { escalateServiceOrderInput } from "@/server/services/after-sales/escalate-service-order-input";
import { getAfterSalesOptions } from "@/server/services/after-sales/get-after-sales-options";
import { getAfterSalesOptionsInput } from "@/server/services/after-sales/get-after-sales-options-input";
import { getServiceOrder } from "@/server/services/after-sales/get-service-order";
import { getServiceOrderInput, serviceOrdersOfOrderInput } from "@/server/services/after-sales/get-service-order-input";
import { getShopServices } from "@/server/services/after-sales/get-shop-services";
import {
  countServiceOrders,
  listMyServiceOrders,
  listServiceOrders,
  serviceOrdersOfOrder,
} from "@/server/services/after-sales/list-service-orders";
import {
  listMyServiceOrdersInput,
  listServiceOrdersInput,
} from "@/server/services/after-sales/list-service-orders-input";
import { processServiceOrder } from "@/server/services/after-sales/process-service-order";
import { processServiceOrderInput } from "@/server/services/after-sales/process-service-order-input";
import { proposeToConsumer } from "@/server/services/after-sales/propose-to-consumer";
import { proposeToConsumerInput } from "@/server/services/after-sales/propose-to-consumer-input";
import { recordReceipt } from "@/server/services/after-sales/record-receipt";
import { recordReceiptInput } from "@/server/services/after-sales/record-receipt-input";
import { recordVisitInput } from "@/server/services/after-sales/record-visit-input";
import { completeRepair } from "@/server/services/after-sales/complete-repair";
import { confirmCompletion } from "@/server/services/after-sales/confirm-completion";
import { disputeCompletion } from "@/server/services/after-sales/dispute-completion";
import { recordVisit } from "@/server/services/after-sales/record-visit";
import { scheduleVisit } from "@/server/services/after-sales/schedule-visit";
import { respondToProposal } from "@/server/services/after-sales/respond-to-proposal";
import { respondToProposalInput } from "@/server/services/after-sales/respond-to-proposal-input";
import { scheduleVisitInput } from "@/server/services/after-sales/schedule-visit-input";
import { shipReturn } from "@/server/services/after-sales/ship-return";
import { shipReturnInput } from "@/server/services/after-sales/ship-return-input";
import { updateShopServicesInput } from "@/server/services/after-sales/shop-services-input";
import { updateShopServices } from "@/server/services/after-sales/update-shop-services";
import { withdrawServiceOrder } from "@/server/services/after-sales/withdraw-service-order";
import { withdrawServiceOrderInput } from "@/server/services/after-sales/withdraw-service-order-input";
import { idempotent, keyed } from "../idempotency";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** AS-1/AS-7: what may be applied for on this order, per item, and until when. */
  options: consumerProcedure
    .input(getAfterSalesOptionsInput)
    .query(({ ctx, input }) => getAfterSalesOptions(ctx.service, input)),
  applyForService: consumerProcedure
    .input(keyed(applyForServiceInput))
    .mutation((call) => idempotent(call, applyForService)),
  list: consumerProcedure
    .input(listMyServiceOrdersInput)
    .query(({ ctx, input }) => listMyServiceOrders(ctx.service, input)),
  get: consumerProcedure.input(getServiceOrderInput).query(({ ctx, input }) => getServiceOrder(ctx.service, input)),
  ofOrder: consumerProcedure
    .input(serviceOrdersOfOrderInput)
    .query(({ ctx, input }) => serviceOrdersOfOrder(ctx.service, input)),
  withdraw: consumerProcedure
    .input(keyed(withdrawServiceOrderInput))
    .mutation((call) => idempotent(call, withdrawServiceOrder)),
  respond: consumerProcedure
    .input(keyed(respondToProposalInput))
    .mutation((call) => idempotent(call, respondToProposal)),
  shipReturn: consumerProcedure.input(keyed(shipReturnInput)).mutation((call) => idempotent(call, shipReturn)),
  confirmCompletion: consumerProcedure
    .input(keyed(confirmCompletionInput))
    .mutation((call) => idempotent(call, confirmCompletion)),
  disputeCompletion: consumerProcedure
    .input(keyed(disputeCompletionInput))
    .mutation((call) => idempotent(call, disputeCompletion)),
  escalate: consumerProcedure
    .input(keyed(escalateServiceOrderInput))
    .mutation((call) => idempotent(call, escalateServiceOrder)),
});

const merchant = router({
  /** The 售后服务单 list by tab, with each row's deadline. */
  list: merchantProcedure
    .input(listServiceOrdersInput)
    .query(({ ctx, input }) => listServiceOrders(ctx.service, input)),
  counts: merchantProcedure.query(({ ctx }) => countServiceOrders(ctx.service)),
  get: merchantProcedure.input(getServiceOrderInput).query(({ ctx, input }) => getServiceOrder(ctx.service, input)),
  ofOrder: merchantProcedure
    .input(serviceOrdersOfOrderInput)
    .query(({ ctx, input }) => serviceOrdersOfOrder(ctx.service, input)),
  approve: merchantProcedure
    .input(keyed(approveServiceOrderInput))
    .mutation((call) => idempotent(call, approveServiceOrder)),
  propose: merchantProcedure
    .input(keyed(proposeToConsumerInput))
    .mutation((call) => idempotent(call, proposeToConsumer)),
  recordReceipt: merchantProcedure.input(keyed(recordReceiptInput)).mutation((call) => idempotent(call, recordReceipt)),
  process: merchantProcedure
    .input(keyed(processServiceOrderInput))
    .mutation((call) => idempotent(call, processServiceOrder)),
  scheduleVisit: merchantProcedure.input(keyed(scheduleVisitInput)).mutation((call) => idempotent(call, scheduleVisit)),
  recordVisit: merchantProcedure.input(keyed(recordVisitInput)).mutation((call) => idempotent(call, recordVisit)),
  completeRepair: merchantProcedure
    .input(keyed(completeRepairInput))
    .mutation((call) => idempotent(call, completeRepair)),
  escalate: merchantProcedure
    .input(keyed(escalateServiceOrderInput))
    .mutation((call) => idempotent(call, escalateServiceOrder)),
  /** SVC-1..3: the shop's after-sales services (the owner switches them). */
  services: merchantProcedure.query(({ ctx }) => getShopServices(ctx.service)),
  updateServices: merchantProcedure
    .input(keyed(updateShopServicesInput))
    .mutation((call) => idempotent(call, updateShopServices)),
});

const admin = router({
  get: adminProcedure.input(getServiceOrderInput).query(({ ctx, input }) => getServiceOrder(ctx.service, input)),
  /** SHOP-1: the platform's warehouse records an FBP shop's return received. */
  recordReceipt: adminProcedure.input(keyed(recordReceiptInput)).mutation((call) => idempotent(call, recordReceipt)),
});

/** AS-1..8, SVC-1..3: after-sales service orders (售后服务单). */
export const afterSalesRouter = router({ consumer, merchant, admin });
