import { isDemoMode } from "@/server/demo-mode";
import { DomainError } from "@/server/domain/errors";
import { getCancelOrder, getCancelOrderInput } from "@/server/services/cancel-orders/get-cancel-order";
import {
  adminListCancelOrdersInput,
  countCancelOrders,
  listCancelOrders,
  listCancelOrdersInput,
} from "@/server/services/cancel-orders/list-cancel-orders";
import {
  getCancelRequestable,
  requestableInput,
  requestCancel,
  withdrawCancel,
  withdrawCancelInput,
} from "@/server/services/cancel-orders/request-cancel";
import { requestCancelInput } from "@/server/services/cancel-orders/request-cancel-input";
import {
  approveCancel,
  cancelOrderIdInput,
  forceRefundCancel,
  rejectCancel,
} from "@/server/services/cancel-orders/review-cancel";
import { rejectCancelInput } from "@/server/services/cancel-orders/review-cancel-input";
import {
  listShipments,
  listShipmentsInput,
  reportDelivery,
  reportDeliveryInput,
  reportInterception,
  reportInterceptionInput,
} from "@/server/services/logistics/report-logistics";
import { listReturnParcels, reportReturnSigned } from "@/server/services/logistics/report-return-signed";
import {
  listReturnParcelsInput,
  reportReturnSignedInput,
} from "@/server/services/logistics/report-return-signed-input";
import { idempotent, keyed } from "../idempotency";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** The cancel page: may this order be cancelled now, and the reasons to choose from. */
  requestable: consumerProcedure
    .input(requestableInput)
    .query(({ ctx, input }) => getCancelRequestable(ctx.service, input)),
  request: consumerProcedure.input(requestCancelInput).mutation(({ ctx, input }) => requestCancel(ctx.service, input)),
  withdraw: consumerProcedure
    .input(withdrawCancelInput)
    .mutation(({ ctx, input }) => withdrawCancel(ctx.service, input)),
  list: consumerProcedure.input(listCancelOrdersInput).query(({ ctx, input }) => listCancelOrders(ctx.service, input)),
  get: consumerProcedure.input(getCancelOrderInput).query(({ ctx, input }) => getCancelOrder(ctx.service, input)),
});

const merchant = router({
  /** DSP-CXL-6: the cancel-order module, filterable by status, reason and origin. */
  list: merchantProcedure.input(listCancelOrdersInput).query(({ ctx, input }) => listCancelOrders(ctx.service, input)),
  counts: merchantProcedure.query(({ ctx }) => countCancelOrders(ctx.service)),
  get: merchantProcedure.input(getCancelOrderInput).query(({ ctx, input }) => getCancelOrder(ctx.service, input)),
  approve: merchantProcedure.input(keyed(cancelOrderIdInput)).mutation((call) => idempotent(call, approveCancel)),
  reject: merchantProcedure.input(keyed(rejectCancelInput)).mutation((call) => idempotent(call, rejectCancel)),
  forceRefund: merchantProcedure
    .input(keyed(cancelOrderIdInput))
    .mutation((call) => idempotent(call, forceRefundCancel)),
});

/** The demo carrier's desk exists in demo mode only. */
const demoOnly = adminProcedure.use(({ next }) => {
  if (!isDemoMode())
    throw new DomainError("FORBIDDEN", "DEMO_ONLY", { "zh-CN": "仅演示环境可用", en: "Available in the demo only" });
  return next();
});

const logistics = router({
  shipments: adminProcedure.input(listShipmentsInput).query(({ ctx, input }) => listShipments(ctx.service, input)),
  reportInterception: demoOnly
    .input(reportInterceptionInput)
    .mutation(({ ctx, input }) => reportInterception(ctx.service, input)),
  reportDelivery: demoOnly.input(reportDeliveryInput).mutation(({ ctx, input }) => reportDelivery(ctx.service, input)),
  /** AS-4: after-sales return parcels on their way back, and the carrier's "signed" for one. */
  returnParcels: adminProcedure
    .input(listReturnParcelsInput)
    .query(({ ctx, input }) => listReturnParcels(ctx.service, input)),
  reportReturnSigned: demoOnly
    .input(reportReturnSignedInput)
    .mutation(({ ctx, input }) => reportReturnSigned(ctx.service, input)),
});

const admin = router({
  list: adminProcedure
    .input(adminListCancelOrdersInput)
    .query(({ ctx, input }) => listCancelOrders(ctx.service, input)),
  get: adminProcedure.input(getCancelOrderInput).query(({ ctx, input }) => getCancelOrder(ctx.service, input)),
  logistics,
});

/** DSP-CXL-2..6: cancel orders (取消订单) and the demo platform-logistics adapter. */
export const cancelOrderRouter = router({ consumer, merchant, admin });
