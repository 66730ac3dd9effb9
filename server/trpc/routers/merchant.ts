import { z } from "zod";
import { getOrder } from "@/server/services/orders/get-order";
import { listOrders, listOrdersInput } from "@/server/services/orders/list-orders";
import { merchantProcedure, router } from "../init";

export const merchantRouter = router({
  me: merchantProcedure.query(({ ctx }) => ({ name: ctx.actor.name, ...ctx.merchant })),
  orders: merchantProcedure
    .input(listOrdersInput)
    .query(({ ctx, input }) =>
      listOrders({ db: ctx.db, scope: { shopId: ctx.merchant.shopId }, input, timeZone: ctx.merchant.timeZone }),
    ),
  order: merchantProcedure
    .input(z.object({ orderId: z.string().max(64) }))
    .query(({ ctx, input }) => getOrder({ db: ctx.db, scope: { shopId: ctx.merchant.shopId }, orderId: input.orderId })),
});
