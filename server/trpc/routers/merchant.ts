import { z } from "zod";
import { getOrder } from "@/server/services/orders/get-order";
import { listOrders, listOrdersInput } from "@/server/services/orders/list-orders";
import { merchantProcedure, router } from "../init";

export const merchantRouter = router({
  me: merchantProcedure.query(({ ctx }) => ({ name: ctx.actor.name, ...ctx.merchant })),
  orders: merchantProcedure.input(listOrdersInput).query(({ ctx, input }) => listOrders(ctx.service, input)),
  order: merchantProcedure
    .input(z.object({ orderId: z.string().max(64) }))
    .query(({ ctx, input }) => getOrder(ctx.service, input)),
});
