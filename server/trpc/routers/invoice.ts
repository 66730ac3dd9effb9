import { acting } from "@/server/services/acting";
import { getInvoice, getInvoiceInput } from "@/server/services/invoices/get-invoice";
import { getOrderInvoice, getOrderInvoiceInput } from "@/server/services/invoices/get-order-invoice";
import { issueInvoice, issueInvoiceInput } from "@/server/services/invoices/issue-invoice";
import { listPlatformInvoices, listPlatformInvoicesInput } from "@/server/services/invoices/list-platform-invoices";
import { listShopInvoices, listShopInvoicesInput } from "@/server/services/invoices/list-shop-invoices";
import { refuseInvoice, refuseInvoiceInput } from "@/server/services/invoices/refuse-invoice";
import { requestInvoice, requestInvoiceInput } from "@/server/services/invoices/request-invoice";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  request: consumerProcedure
    .input(requestInvoiceInput)
    .mutation(({ ctx, input }) => requestInvoice({ db: ctx.db, consumerId: ctx.consumer.id, by: acting(ctx.actor, "consumer"), now: ctx.now(), input })),
  get: consumerProcedure
    .input(getInvoiceInput)
    .query(({ ctx, input }) => getInvoice({ db: ctx.db, audience: { kind: "consumer", consumerId: ctx.consumer.id }, invoiceId: input.invoiceId, now: ctx.now() })),
  forOrder: consumerProcedure
    .input(getOrderInvoiceInput)
    .query(({ ctx, input }) => getOrderInvoice({ db: ctx.db, consumerId: ctx.consumer.id, orderId: input.orderId })),
});

const merchant = router({
  list: merchantProcedure
    .input(listShopInvoicesInput)
    .query(({ ctx, input }) => listShopInvoices({ db: ctx.db, shopId: ctx.merchant.shopId, now: ctx.now(), input })),
  get: merchantProcedure
    .input(getInvoiceInput)
    .query(({ ctx, input }) => getInvoice({ db: ctx.db, audience: { kind: "merchant", shopId: ctx.merchant.shopId }, invoiceId: input.invoiceId, now: ctx.now() })),
  issue: merchantProcedure
    .input(issueInvoiceInput)
    .mutation(({ ctx, input }) =>
      issueInvoice({ db: ctx.db, actor: { kind: "merchant", shopId: ctx.merchant.shopId }, by: acting(ctx.actor, "merchant"), now: ctx.now(), input }),
    ),
  refuse: merchantProcedure
    .input(refuseInvoiceInput)
    .mutation(({ ctx, input }) =>
      refuseInvoice({ db: ctx.db, actor: { kind: "merchant", shopId: ctx.merchant.shopId }, by: acting(ctx.actor, "merchant"), now: ctx.now(), input }),
    ),
});

const admin = router({
  list: adminProcedure.input(listPlatformInvoicesInput).query(({ ctx, input }) => listPlatformInvoices({ db: ctx.db, now: ctx.now(), input })),
  get: adminProcedure
    .input(getInvoiceInput)
    .query(({ ctx, input }) => getInvoice({ db: ctx.db, audience: { kind: "admin" }, invoiceId: input.invoiceId, now: ctx.now() })),
  issue: adminProcedure
    .input(issueInvoiceInput)
    .mutation(({ ctx, input }) => issueInvoice({ db: ctx.db, actor: { kind: "admin" }, by: acting(ctx.actor, "admin"), now: ctx.now(), input })),
  refuse: adminProcedure
    .input(refuseInvoiceInput)
    .mutation(({ ctx, input }) => refuseInvoice({ db: ctx.db, actor: { kind: "admin" }, by: acting(ctx.actor, "admin"), now: ctx.now(), input })),
});

/** INV-1/2/3/8 for the three audiences (SHOP-1: FBP requests belong to the platform). */
export const invoiceRouter = router({ consumer, merchant, admin });
