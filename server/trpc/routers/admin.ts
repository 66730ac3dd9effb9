import { z } from "zod";
import { getOrder } from "@/server/services/orders/get-order";
import { listOrders, listOrdersInput } from "@/server/services/orders/list-orders";
import { getShop, listShops } from "@/server/services/shops/list-shops";
import { adminProcedure, router } from "../init";

const shopIdInput = z.object({ shopId: z.string().max(64) });

export const adminRouter = router({
  shops: adminProcedure.query(({ ctx }) => listShops(ctx.service)),
  shop: adminProcedure.input(shopIdInput).query(({ ctx, input }) => getShop(ctx.service, input)),
  shopOrders: adminProcedure
    .input(listOrdersInput.extend(shopIdInput.shape))
    .query(({ ctx, input }) => listOrders(ctx.service, input)),
  order: adminProcedure
    .input(z.object({ shopId: z.string().max(64), orderId: z.string().max(64) }))
    .query(({ ctx, input }) => getOrder(ctx.service, input)),
});
