import { z } from "zod";
import { idInput, reasonInput } from "./fields-input";

/** MAL-2: an admin clears a wrongly put mark; the reason is kept in the audit trail. */
export const clearRiskMarkInput = z.strictObject({ markId: idInput, reason: reasonInput });
export type ClearRiskMarkInput = z.infer<typeof clearRiskMarkInput>;

/** MAL-2: a buyer's marks for an admin (cleared and expired ones too when asked). */
export const listRiskMarksInput = z.strictObject({
  consumerId: idInput,
  includeInactive: z.boolean().default(false),
});
export type ListRiskMarksInput = z.infer<typeof listRiskMarksInput>;

/** MAL-2/MAL-3: a buyer's active marks as a merchant may see them (only a buyer of its shop). */
export const buyerMarksInput = z.strictObject({ consumerId: idInput });
export type BuyerMarksInput = z.infer<typeof buyerMarksInput>;
