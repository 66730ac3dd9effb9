import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invoiceObligations } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { breakInvoiceObligationInTx } from "./break-obligation";

/**
 * DSP-INV-3: issuing an invoice on the order fulfils its open obligations. One whose deadline
 * already passed is broken instead (as the sweeper would have done), so the outcome never
 * depends on when the sweeper last ran. Called inside the issuing transaction.
 */
export async function settleObligationsOnInvoiceIssued(
  tx: Tx,
  args: { orderId: string; invoiceNo: string; by: Acting; now: Date },
): Promise<void> {
  const { orderId, invoiceNo, by, now } = args;
  const open = await tx
    .select()
    .from(invoiceObligations)
    .where(and(eq(invoiceObligations.orderId, orderId), eq(invoiceObligations.status, "open")))
    .for("update");
  for (const row of open) {
    if (isPastDue(row.dueAt, now)) {
      await breakInvoiceObligationInTx(tx, row, now);
      continue;
    }
    await tx
      .update(invoiceObligations)
      .set({ status: "fulfilled", closedAt: now, invoiceNo })
      .where(and(eq(invoiceObligations.id, row.id), eq(invoiceObligations.status, "open")));
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "invoice",
      recordId: row.invoiceRequestId,
      by,
      action: "invoice.obligation_fulfilled",
      payload: { source: row.source, dueDay: row.dueDay, invoiceNo, disputeId: row.disputeId },
      at: now,
    });
  }
}
