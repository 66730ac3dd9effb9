import { z } from "zod";

/** SVC-1..3: the shop owner switches 极速审核, 闪电退款 and 运费险 on or off. */
export const updateShopServicesInput = z.strictObject({
  fastReview: z.boolean(),
  flashRefund: z.boolean(),
  shippingInsurance: z.boolean(),
});
export type UpdateShopServicesInput = z.infer<typeof updateShopServicesInput>;
