import { z } from "zod";
import { getOrder } from "@/server/services/orders/get-order";
import { listOrders, listOrdersInput } from "@/server/services/orders/list-orders";
import { getShop, listShops } from "@/server/services/shops/list-shops";
import { adminProcedure, router } from "../init";

const shopIdInput = z.object({ shopId: z.string().max(64) });

export const adminRouter = router({
  shops: adminProcedure.query(({ ctx }) => listShops({ db: ctx.db })),
  shop: adminProcedure.input(shopIdInput).query(({ ctx, input }) => getShop({ db: ctx.db, shopId: input.shopId })),
  shopOrders: adminProcedure.input(listOrdersInput.extend(shopIdInput.shape)).query(async ({ ctx, input }) => {
    const shop = await getShop({ db: ctx.db, shopId: input.shopId });
    return listOrders({ db: ctx.db, scope: { shopId: shop.id }, input, timeZone: shop.timeZone });
  }),
  order: adminProcedure
    .input(z.object({ shopId: z.string().max(64), orderId: z.string().max(64) }))
    .query(({ ctx, input }) => getOrder({ db: ctx.db, scope: { shopId: input.shopId }, orderId: input.orderId })),
});
