import { z } from "zod";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { getOrder } from "@/server/services/orders/get-order";
import { listOrders, listOrdersInput } from "@/server/services/orders/list-orders";
import { consumerProcedure, router } from "../init";

export const consumerRouter = router({
  orders: consumerProcedure
    .input(listOrdersInput)
    .query(({ ctx, input }) =>
      listOrders({ db: ctx.db, scope: { consumerId: ctx.consumer.id }, input, timeZone: DEFAULT_TIME_ZONE }),
    ),
  order: consumerProcedure
    .input(z.object({ orderId: z.string().max(64) }))
    .query(({ ctx, input }) => getOrder({ db: ctx.db, scope: { consumerId: ctx.consumer.id }, orderId: input.orderId })),
});
