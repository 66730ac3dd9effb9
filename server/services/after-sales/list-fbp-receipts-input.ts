import { z } from "zod";

/** Keyset paging as in services/pagination.ts (restated: input files stay pure). */
const cursorInput = z.string().max(200).optional();
const limitInput = z.number().int().min(1).max(100).default(20);

/** SHOP-1: the platform warehouse's list of FBP returns on their way (keyset on shipping time; not strict: the infinite query adds its paging direction). */
export const listFbpReceiptsInput = z.object({
  cursor: cursorInput,
  limit: limitInput,
});
export type ListFbpReceiptsInput = z.infer<typeof listFbpReceiptsInput>;
