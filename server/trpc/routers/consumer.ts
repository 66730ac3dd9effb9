import { z } from "zod";
import { getOrder } from "@/server/services/orders/get-order";
import { listOrders, listOrdersInput } from "@/server/services/orders/list-orders";
import { consumerProcedure, router } from "../init";

export const consumerRouter = router({
  orders: consumerProcedure.input(listOrdersInput).query(({ ctx, input }) => listOrders(ctx.service, input)),
  order: consumerProcedure
    .input(z.object({ orderId: z.string().max(64) }))
    .query(({ ctx, input }) => getOrder(ctx.service, input)),
});
