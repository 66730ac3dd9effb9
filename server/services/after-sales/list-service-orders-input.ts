import { z } from "zod";
import { afterSalesReasons, serviceOrderTabs, serviceTypes } from "@/server/domain/after-sales";

/** Keyset paging as in services/pagination.ts (restated: input files stay pure). */
const cursorInput = z.string().max(200).optional();
const limitInput = z.number().int().min(1).max(100).default(20);

/**
 * The merchant's 售后服务单 list: one status tab (待审核 / 待寄回 / … — serviceOrderTab maps the
 * statuses), filters, keyset paging. Live tabs sort by the running deadline (soonest first),
 * 已完成 / 已关闭 newest first. The consumer's list takes only the paging.
 */
export const listServiceOrdersInput = z.object({
  tab: z.enum(serviceOrderTabs).default("pending_review"),
  type: z.enum(serviceTypes).optional(),
  reason: z.enum(afterSalesReasons).optional(),
  /** Service number or order number. */
  search: z.string().trim().max(64).optional(),
  cursor: cursorInput,
  limit: limitInput,
});
export type ListServiceOrdersInput = z.infer<typeof listServiceOrdersInput>;

export const listMyServiceOrdersInput = z.object({ cursor: cursorInput, limit: limitInput });
export type ListMyServiceOrdersInput = z.infer<typeof listMyServiceOrdersInput>;
