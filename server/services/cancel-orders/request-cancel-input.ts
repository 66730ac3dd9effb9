import { z } from "zod";
import { consumerCancelReasons } from "@/server/domain/cancel-order";

const id = z.string().max(64);

export const requestCancelInput = z.strictObject({
  orderId: id,
  reason: z.enum(consumerCancelReasons, { error: "请选择取消原因 / Choose a reason" }),
  note: z.string().trim().max(500, { error: "补充说明最多 500 字 / At most 500 characters" }).optional(),
});
export type RequestCancelInput = z.infer<typeof requestCancelInput>;
