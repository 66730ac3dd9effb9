import { z } from "zod";

export const replyCollaborativeInput = z.strictObject({
  workOrderId: z.string().max(64),
  answer: z.enum(["agreed", "not_agreed", "unresolved"]),
  note: z
    .string()
    .trim()
    .min(5, { error: "请至少用 5 个字说明协商情况 / Describe the negotiation in at least 5 characters" })
    .max(1000, { error: "最多 1000 字 / At most 1000 characters" }),
  /** WO-TM-3: each time the merchant contacted the consumer after the work order was created. */
  contacts: z
    .array(
      z.strictObject({
        at: z.coerce.date(),
        channel: z.enum(["phone", "im", "sms"]),
        note: z.string().trim().max(500).default(""),
      }),
    )
    .max(20),
  /** Negotiation / contact voucher file ids (WO-TM-2, WO-TM-4). */
  vouchers: z.array(z.string().max(64)).max(9).default([]),
});
export type ReplyCollaborativeInput = z.input<typeof replyCollaborativeInput>;
