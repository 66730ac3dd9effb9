import { z } from "zod";
import { afterSalesReasons, repairModes, serviceTypes } from "@/server/domain/after-sales";
import { idInput, photosInput } from "./fields-input";

/**
 * AS-1: one application — the order's items and quantities, one type (a repair also names its
 * mode), a reason from the policy's list, a description and photos (uploaded first through the
 * upload pipeline; the application_photos slot). The policy decides which reasons need a
 * description or photos (checked by the verb, which knows the reason's rule).
 */
export const applyForServiceInput = z.strictObject({
  orderId: idInput,
  type: z.enum(serviceTypes, { error: "请选择售后类型 / Choose a service type" }),
  repairMode: z.enum(repairModes, { error: "请选择维修方式 / Choose a repair mode" }).nullable().default(null),
  reason: z.enum(afterSalesReasons, { error: "请选择售后原因 / Choose a reason" }),
  description: z.string().trim().max(500, { error: "问题描述最多 500 字 / At most 500 characters" }).default(""),
  items: z
    .array(
      z.strictObject({
        orderItemId: idInput,
        quantity: z
          .number()
          .int({ error: "数量须为整数 / Whole units only" })
          .min(1, { error: "数量至少为 1 / At least 1" }),
      }),
    )
    .min(1, { error: "请选择要申请售后的商品 / Choose at least one item" })
    .max(50),
  photos: photosInput.default([]),
});
export type ApplyForServiceInput = z.infer<typeof applyForServiceInput>;
export type ApplyForServiceForm = z.input<typeof applyForServiceInput>;
