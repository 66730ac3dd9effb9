import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invoiceObligations } from "@/db/schema";

const pick = {
  id: invoiceObligations.id,
  disputeId: invoiceObligations.disputeId,
  invoiceRequestId: invoiceObligations.invoiceRequestId,
  source: invoiceObligations.source,
  invoicingParty: invoiceObligations.invoicingParty,
  status: invoiceObligations.status,
  dueDay: invoiceObligations.dueDay,
  dueAt: invoiceObligations.dueAt,
  createdAt: invoiceObligations.createdAt,
  closedAt: invoiceObligations.closedAt,
  invoiceNo: invoiceObligations.invoiceNo,
};

/** DSP-INV-3: the dispute's invoicing obligation, if its settlement or judgment set one. */
export async function obligationOfDispute(db: DbOrTx, disputeId: string) {
  const [row] = await db.select(pick).from(invoiceObligations).where(eq(invoiceObligations.disputeId, disputeId));
  return row ?? null;
}

/** DSP-INV-3: every invoicing obligation on an order, oldest first (the caller already checked the tenant). */
export async function obligationsOfOrder(db: DbOrTx, orderId: string) {
  return db
    .select(pick)
    .from(invoiceObligations)
    .where(eq(invoiceObligations.orderId, orderId))
    .orderBy(asc(invoiceObligations.createdAt));
}

export type InvoiceObligationView = Awaited<ReturnType<typeof obligationOfDispute>>;
