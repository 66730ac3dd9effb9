import { isDemoMode } from "@/server/demo-mode";
import { DomainError } from "@/server/domain/errors";
import { getCancelOrder, getCancelOrderInput } from "@/server/services/cancel-orders/get-cancel-order";
import { adminListCancelOrdersInput, countCancelOrders, listCancelOrders, listCancelOrdersInput } from "@/server/services/cancel-orders/list-cancel-orders";
import { getCancelRequestable, requestableInput, requestCancel, requestCancelInput, withdrawCancel, withdrawCancelInput } from "@/server/services/cancel-orders/request-cancel";
import { approveCancel, cancelOrderIdInput, forceRefundCancel, rejectCancel, rejectCancelInput } from "@/server/services/cancel-orders/review-cancel";
import { listShipments, listShipmentsInput, reportDelivery, reportDeliveryInput, reportInterception, reportInterceptionInput } from "@/server/services/logistics/report-logistics";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** The cancel page: may this order be cancelled now, and the reasons to choose from. */
  requestable: consumerProcedure
    .input(requestableInput)
    .query(({ ctx, input }) => getCancelRequestable({ db: ctx.db, consumerId: ctx.consumer.id, input })),
  request: consumerProcedure
    .input(requestCancelInput)
    .mutation(({ ctx, input }) => requestCancel({ db: ctx.db, actor: ctx.actor, consumerId: ctx.consumer.id, now: ctx.now(), input })),
  withdraw: consumerProcedure
    .input(withdrawCancelInput)
    .mutation(({ ctx, input }) => withdrawCancel({ db: ctx.db, actor: ctx.actor, consumerId: ctx.consumer.id, now: ctx.now(), input })),
  list: consumerProcedure
    .input(listCancelOrdersInput)
    .query(({ ctx, input }) => listCancelOrders({ db: ctx.db, audience: { kind: "consumer", consumerId: ctx.consumer.id }, input })),
  get: consumerProcedure
    .input(getCancelOrderInput)
    .query(({ ctx, input }) => getCancelOrder({ db: ctx.db, audience: { kind: "consumer", consumerId: ctx.consumer.id }, cancelOrderId: input.cancelOrderId })),
});

const merchant = router({
  /** DSP-CXL-6: the cancel-order module, filterable by status, reason and origin. */
  list: merchantProcedure
    .input(listCancelOrdersInput)
    .query(({ ctx, input }) => listCancelOrders({ db: ctx.db, audience: { kind: "merchant", shopId: ctx.merchant.shopId }, input })),
  counts: merchantProcedure.query(({ ctx }) => countCancelOrders({ db: ctx.db, shopId: ctx.merchant.shopId })),
  get: merchantProcedure
    .input(getCancelOrderInput)
    .query(({ ctx, input }) => getCancelOrder({ db: ctx.db, audience: { kind: "merchant", shopId: ctx.merchant.shopId }, cancelOrderId: input.cancelOrderId })),
  approve: merchantProcedure
    .input(cancelOrderIdInput)
    .mutation(({ ctx, input }) => approveCancel({ db: ctx.db, actor: ctx.actor, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
  reject: merchantProcedure
    .input(rejectCancelInput)
    .mutation(({ ctx, input }) => rejectCancel({ db: ctx.db, actor: ctx.actor, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
  forceRefund: merchantProcedure
    .input(cancelOrderIdInput)
    .mutation(({ ctx, input }) => forceRefundCancel({ db: ctx.db, actor: ctx.actor, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
});

/** The demo carrier's desk exists in demo mode only. */
const demoOnly = adminProcedure.use(({ next }) => {
  if (!isDemoMode()) throw new DomainError("FORBIDDEN", "DEMO_ONLY", { "zh-CN": "仅演示环境可用", en: "Available in the demo only" });
  return next();
});

const logistics = router({
  shipments: adminProcedure.input(listShipmentsInput).query(({ ctx, input }) => listShipments({ db: ctx.db, input })),
  reportInterception: demoOnly
    .input(reportInterceptionInput)
    .mutation(({ ctx, input }) => reportInterception({ db: ctx.db, actor: ctx.actor, now: ctx.now(), input })),
  reportDelivery: demoOnly
    .input(reportDeliveryInput)
    .mutation(({ ctx, input }) => reportDelivery({ db: ctx.db, actor: ctx.actor, now: ctx.now(), input })),
});

const admin = router({
  list: adminProcedure.input(adminListCancelOrdersInput).query(({ ctx, input }) => listCancelOrders({ db: ctx.db, audience: { kind: "admin" }, input })),
  get: adminProcedure
    .input(getCancelOrderInput)
    .query(({ ctx, input }) => getCancelOrder({ db: ctx.db, audience: { kind: "admin" }, cancelOrderId: input.cancelOrderId })),
  logistics,
});

/** DSP-CXL-2..6: cancel orders (取消订单) and the demo platform-logistics adapter. */
export const cancelOrderRouter = router({ consumer, merchant, admin });
