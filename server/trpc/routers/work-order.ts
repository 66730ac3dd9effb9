import { getWorkOrder, getWorkOrderInput } from "@/server/services/work-orders/get-work-order";
import { listWarningQueue, warningQueueInput } from "@/server/services/work-orders/list-warning-queue";
import { replyToUrgeWorkOrder } from "@/server/services/work-orders/reply-to-urge-work-order";
import { replyToUrgeWorkOrderInput } from "@/server/services/work-orders/reply-to-urge-work-order-input";
import { urgeInvoice, urgeInvoiceInput } from "@/server/services/work-orders/urge-invoice";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** INV-4: 催开票 — opens (or returns the already open) urge-invoice work order. */
  urge: consumerProcedure.input(urgeInvoiceInput).mutation(({ ctx, input }) => urgeInvoice(ctx.service, input)),
  get: consumerProcedure.input(getWorkOrderInput).query(({ ctx, input }) => getWorkOrder(ctx.service, input)),
});

const merchant = router({
  /** INV-9: 工单预警 — the shop's merchant-routed work orders by deadline. */
  queue: merchantProcedure.input(warningQueueInput).query(({ ctx, input }) => listWarningQueue(ctx.service, input)),
  get: merchantProcedure.input(getWorkOrderInput).query(({ ctx, input }) => getWorkOrder(ctx.service, input)),
  /** INV-5: exactly one resolution. */
  reply: merchantProcedure
    .input(replyToUrgeWorkOrderInput)
    .mutation(({ ctx, input }) => replyToUrgeWorkOrder(ctx.service, input)),
});

const admin = router({
  /** SHOP-1: the platform answers FBP shops' invoice work orders. */
  queue: adminProcedure.input(warningQueueInput).query(({ ctx, input }) => listWarningQueue(ctx.service, input)),
  get: adminProcedure.input(getWorkOrderInput).query(({ ctx, input }) => getWorkOrder(ctx.service, input)),
  reply: adminProcedure
    .input(replyToUrgeWorkOrderInput)
    .mutation(({ ctx, input }) => replyToUrgeWorkOrder(ctx.service, input)),
});

export const workOrderRouter = router({ consumer, merchant, admin });
