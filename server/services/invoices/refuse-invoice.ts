import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { invoiceRequests } from "@/db/schema";
import { staleState } from "@/server/domain/errors";
import { invoiceMachine } from "@/server/domain/machines/invoice-request";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { REFUSE_REASON_MAX, REFUSE_REASON_MIN } from "./invoice-fields";
import { actingAudience, loadInvoice, type InvoicingActor } from "./internal";

export const refuseInvoiceInput = z.object({
  invoiceId: z.string().max(64),
  reason: z
    .string()
    .trim()
    .min(REFUSE_REASON_MIN, { message: "请填写拒绝开票的原因(至少 2 个字)/ Give the reason for refusing (at least 2 characters)" })
    .max(REFUSE_REASON_MAX, { message: "原因最多 200 个字 / The reason is at most 200 characters" }),
});
export type RefuseInvoiceInput = z.infer<typeof refuseInvoiceInput>;

/**
 * INV-2: the invoicing party refuses with a reason (the consumer may then open an invoice-refused
 * dispute, DSP-INV-1). Same parties as issuing (SHOP-1). Compare-and-set on `requested`.
 */
export async function refuseInvoice(args: { db: Db; actor: InvoicingActor; by: Acting; now: Date; input: RefuseInvoiceInput }) {
  const { db, actor, by, now, input } = args;
  return db.transaction(async (tx) => {
    const request = await loadInvoice(tx, actingAudience(actor), input.invoiceId);
    const to = invoiceMachine.next(request.status, "refuse");
    const [refused] = await tx
      .update(invoiceRequests)
      .set({ status: to, refusedAt: now, refuseReason: input.reason, decidedBy: by.userId })
      .where(and(eq(invoiceRequests.id, request.id), eq(invoiceRequests.status, request.status)))
      .returning();
    if (!refused) throw staleState();
    await emitAudit(tx, {
      shopId: request.shopId,
      recordType: "invoice",
      recordId: request.id,
      by,
      action: "invoice.refused",
      from: request.status,
      to,
      payload: { reason: input.reason },
      at: now,
    });
    return { id: refused.id, status: refused.status, refusedAt: refused.refusedAt, refuseReason: refused.refuseReason };
  });
}
