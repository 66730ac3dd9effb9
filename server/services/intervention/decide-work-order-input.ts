import { z } from "zod";
import { liableParties } from "@/server/domain/dispute";
import { citedRulesInput } from "../adjudication/cited-rules-input";

const fen = z.number().int().min(0).max(100_000_000);
export const decideWorkOrderInput = z.strictObject({
  workOrderId: z.string().max(64),
  liableParty: z.enum(liableParties),
  /** Integer fen refunded to the consumer (a dispute refund); 0 or absent = none. */
  refundFen: fen.optional(),
  /** Integer fen paid on top of the order amount; 0 or absent = none. */
  compensationFen: fen.optional(),
  reason: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字写明判责理由 / Give the reasons in at least 5 characters" })
    .max(1000, { error: "判责理由最多 1000 字 / At most 1000 characters" }),
  /** DSP-5: the rule IDs the reasons rest on (at least one, each applying to the type). */
  rules: citedRulesInput,
  /** Seen by admins only (SHOP-4). */
  internalNote: z.string().trim().max(1000).optional(),
});
export type DecideWorkOrderInput = z.infer<typeof decideWorkOrderInput>;
