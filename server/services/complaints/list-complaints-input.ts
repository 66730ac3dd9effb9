import { z } from "zod";
import { complaintCategories, complaintTabs } from "@/server/domain/complaint";
import { cursorInput, idInput, limitInput } from "./fields-input";

/** MAL-1: the merchant's complaint list — a status tab, filters, keyset paging (newest first). */
export const listComplaintsInput = z.object({
  tab: z.enum(complaintTabs).default("all"),
  category: z.enum(complaintCategories).optional(),
  /** Complaint number, order number or buyer name. */
  search: z.string().trim().max(64).optional(),
  cursor: cursorInput,
  limit: limitInput,
});
export type ListComplaintsInput = z.infer<typeof listComplaintsInput>;

/** MAL-2: the admin review queue, oldest review deadline first. */
export const listComplaintQueueInput = z.object({
  category: z.enum(complaintCategories).optional(),
  cursor: cursorInput,
  limit: limitInput,
});
export type ListComplaintQueueInput = z.infer<typeof listComplaintQueueInput>;

/**
 * MAL-1: the orders a merchant may name — this shop's orders of one buyer, found by the buyer's
 * id or by one of the buyer's order numbers at this shop.
 */
export const listBuyerOrdersInput = z
  .strictObject({
    consumerId: idInput.optional(),
    orderNo: z.string().trim().max(64).optional(),
  })
  .refine((i) => i.consumerId !== undefined || (i.orderNo !== undefined && i.orderNo !== ""), {
    error: "请填写订单号 / Enter an order number",
    path: ["orderNo"],
  });
export type ListBuyerOrdersInput = z.infer<typeof listBuyerOrdersInput>;
