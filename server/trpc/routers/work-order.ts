import { acting } from "@/server/services/acting";
import { getWorkOrder, getWorkOrderInput } from "@/server/services/work-orders/get-work-order";
import { listWarningQueue, warningQueueInput } from "@/server/services/work-orders/list-warning-queue";
import { replyToUrgeWorkOrder, replyToUrgeWorkOrderInput } from "@/server/services/work-orders/reply-to-urge-work-order";
import { urgeInvoice, urgeInvoiceInput } from "@/server/services/work-orders/urge-invoice";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  /** INV-4: 催开票 — opens (or returns the already open) urge-invoice work order. */
  urge: consumerProcedure
    .input(urgeInvoiceInput)
    .mutation(({ ctx, input }) =>
      urgeInvoice({ db: ctx.db, consumerId: ctx.consumer.id, by: acting(ctx.actor, "consumer"), input, now: ctx.now() }),
    ),
  get: consumerProcedure
    .input(getWorkOrderInput)
    .query(({ ctx, input }) => getWorkOrder({ db: ctx.db, viewer: { kind: "consumer", consumerId: ctx.consumer.id }, input, now: ctx.now() })),
});

const merchant = router({
  /** INV-9: 工单预警 — the shop's merchant-routed work orders by deadline. */
  queue: merchantProcedure
    .input(warningQueueInput)
    .query(({ ctx, input }) => listWarningQueue({ db: ctx.db, responder: { kind: "merchant", shopId: ctx.merchant.shopId }, input, now: ctx.now() })),
  get: merchantProcedure
    .input(getWorkOrderInput)
    .query(({ ctx, input }) => getWorkOrder({ db: ctx.db, viewer: { kind: "merchant", shopId: ctx.merchant.shopId }, input, now: ctx.now() })),
  /** INV-5: exactly one resolution. */
  reply: merchantProcedure
    .input(replyToUrgeWorkOrderInput)
    .mutation(({ ctx, input }) =>
      replyToUrgeWorkOrder({ db: ctx.db, responder: { kind: "merchant", shopId: ctx.merchant.shopId }, by: acting(ctx.actor, "merchant"), input, now: ctx.now() }),
    ),
});

const admin = router({
  /** SHOP-1: the platform answers FBP shops' invoice work orders. */
  queue: adminProcedure
    .input(warningQueueInput)
    .query(({ ctx, input }) => listWarningQueue({ db: ctx.db, responder: { kind: "admin" }, input, now: ctx.now() })),
  get: adminProcedure
    .input(getWorkOrderInput)
    .query(({ ctx, input }) => getWorkOrder({ db: ctx.db, viewer: { kind: "admin" }, input, now: ctx.now() })),
  reply: adminProcedure
    .input(replyToUrgeWorkOrderInput)
    .mutation(({ ctx, input }) =>
      replyToUrgeWorkOrder({ db: ctx.db, responder: { kind: "admin" }, by: acting(ctx.actor, "admin"), input, now: ctx.now() }),
    ),
});

export const workOrderRouter = router({ consumer, merchant, admin });
