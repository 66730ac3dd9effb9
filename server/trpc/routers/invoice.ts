import { getInvoice, getInvoiceInput } from "@/server/services/invoices/get-invoice";
import { getOrderInvoice, getOrderInvoiceInput } from "@/server/services/invoices/get-order-invoice";
import { issueInvoice } from "@/server/services/invoices/issue-invoice";
import { issueInvoiceInput } from "@/server/services/invoices/issue-invoice-input";
import { listPlatformInvoices, listPlatformInvoicesInput } from "@/server/services/invoices/list-platform-invoices";
import { listShopInvoices, listShopInvoicesInput } from "@/server/services/invoices/list-shop-invoices";
import { refuseInvoice } from "@/server/services/invoices/refuse-invoice";
import { refuseInvoiceInput } from "@/server/services/invoices/refuse-invoice-input";
import { requestInvoice } from "@/server/services/invoices/request-invoice";
import { requestInvoiceInput } from "@/server/services/invoices/request-invoice-input";
import { adminProcedure, consumerProcedure, merchantProcedure, router } from "../init";

const consumer = router({
  request: consumerProcedure
    .input(requestInvoiceInput)
    .mutation(({ ctx, input }) => requestInvoice(ctx.service, input)),
  get: consumerProcedure.input(getInvoiceInput).query(({ ctx, input }) => getInvoice(ctx.service, input)),
  forOrder: consumerProcedure
    .input(getOrderInvoiceInput)
    .query(({ ctx, input }) => getOrderInvoice(ctx.service, input)),
});

const merchant = router({
  list: merchantProcedure.input(listShopInvoicesInput).query(({ ctx, input }) => listShopInvoices(ctx.service, input)),
  get: merchantProcedure.input(getInvoiceInput).query(({ ctx, input }) => getInvoice(ctx.service, input)),
  issue: merchantProcedure.input(issueInvoiceInput).mutation(({ ctx, input }) => issueInvoice(ctx.service, input)),
  refuse: merchantProcedure.input(refuseInvoiceInput).mutation(({ ctx, input }) => refuseInvoice(ctx.service, input)),
});

const admin = router({
  list: adminProcedure
    .input(listPlatformInvoicesInput)
    .query(({ ctx, input }) => listPlatformInvoices(ctx.service, input)),
  get: adminProcedure.input(getInvoiceInput).query(({ ctx, input }) => getInvoice(ctx.service, input)),
  issue: adminProcedure.input(issueInvoiceInput).mutation(({ ctx, input }) => issueInvoice(ctx.service, input)),
  refuse: adminProcedure.input(refuseInvoiceInput).mutation(({ ctx, input }) => refuseInvoice(ctx.service, input)),
});

/** INV-1/2/3/8 for the three audiences (SHOP-1: FBP requests belong to the platform). */
export const invoiceRouter = router({ consumer, merchant, admin });
