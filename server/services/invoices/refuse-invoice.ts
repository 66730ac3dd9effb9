import { and, eq } from "drizzle-orm";
import { invoiceRequests } from "@/db/schema";
import { staleState } from "@/server/domain/errors";
import { invoiceMachine } from "@/server/domain/machines/invoice-request";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { invoicingFilter, loadInvoice } from "./invoice-access";
import type { ServiceContext } from "../service-context";
import type { RefuseInvoiceInput } from "./refuse-invoice-input";

/**
 * INV-2: the invoicing party refuses with a reason (the consumer may then open an invoice-refused
 * dispute, DSP-INV-1). Same parties as issuing (SHOP-1). Compare-and-set on `requested`.
 */
export async function refuseInvoice(ctx: ServiceContext, input: RefuseInvoiceInput) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  const answered = invoicingFilter(ctx.tenant);
  return db.transaction(async (tx) => {
    const request = await loadInvoice(tx, answered, input.invoiceId);
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
