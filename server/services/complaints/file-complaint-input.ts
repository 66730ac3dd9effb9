import { z } from "zod";
import { complaintCategories } from "@/server/domain/complaint";
import { currentComplaintPolicy } from "@/server/domain/policies/registry";
import { evidenceInput, idInput, statementInput } from "./fields-input";

const { maxOrders } = currentComplaintPolicy();

/**
 * MAL-1: a merchant files a complaint about one buyer — a category, the orders involved (this
 * shop's orders of that buyer), a statement and evidence in the category's slots (uploaded files,
 * frozen on filing).
 */
export const fileComplaintInput = z.strictObject({
  consumerId: idInput,
  category: z.enum(complaintCategories),
  orderIds: z
    .array(idInput)
    .min(1, { error: "请至少选择 1 个订单 / Choose at least one order" })
    .max(maxOrders, { error: `最多选择 ${maxOrders} 个订单 / At most ${maxOrders} orders` }),
  statement: statementInput,
  evidence: evidenceInput,
});
export type FileComplaintInput = z.infer<typeof fileComplaintInput>;
