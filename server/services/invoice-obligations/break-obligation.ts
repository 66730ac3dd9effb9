import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invoiceObligations } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import { systemText } from "@/server/domain/system-text";
import { brokenObligationViolation } from "@/server/domain/policies/invoice-obligation-rules";
import { SYSTEM } from "../acting";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";
import { raiseViolation } from "../violations/raise-violation";
import type { InvoiceObligationRow } from "./create-obligation";
import type { ServiceContext } from "../service-context";

/**
 * DSP-INV-3: an open obligation whose deadline passed without an issued invoice is broken.
 * Compare-and-set on `open`; the merchant's violation ticket is unique per (dispute, rule), so a
 * retried sweep raises nothing twice. Not open or not yet due → `false`, nothing happens.
 * Called by the sweeper and by a late issue (which must not undo the deadline).
 */
export async function breakInvoiceObligationInTx(tx: Tx, row: InvoiceObligationRow, now: Date): Promise<boolean> {
  if (row.status !== "open" || !isPastDue(row.dueAt, now)) return false;
  const [broken] = await tx
    .update(invoiceObligations)
    .set({ status: "broken", closedAt: now })
    .where(and(eq(invoiceObligations.id, row.id), eq(invoiceObligations.status, "open")))
    .returning();
  if (!broken) return false;
  await emitAudit(tx, {
    shopId: row.shopId,
    recordType: "invoice",
    recordId: row.invoiceRequestId,
    by: SYSTEM,
    action: "invoice.obligation_broken",
    payload: { source: row.source, dueDay: row.dueDay, dueAt: row.dueAt.toISOString(), disputeId: row.disputeId },
    at: now,
  });
  const note = {
    kind: "dispute.invoice_overdue",
    params: { dueDay: row.dueDay },
    record: { type: "dispute" as const, id: row.disputeId },
    now,
  };
  await notify(tx, { ...note, to: { consumerId: row.consumerId } });
  if (row.invoicingParty === "merchant") {
    await raiseViolation(tx, {
      shopId: row.shopId,
      sourceType: "dispute",
      sourceId: row.disputeId,
      rule: brokenObligationViolation.rule,
      points: brokenObligationViolation.points,
      reason: systemText("violationRule", { reason: brokenObligationViolation.reason }),
      by: SYSTEM,
      now,
    });
  }
  return true;
}

/** The sweeper's entry: obligations are one per dispute, so the dispute is the record that is due. */
export async function breakInvoiceObligation(ctx: ServiceContext, input: { disputeId: string }): Promise<boolean> {
  const { db, now } = ctx;
  const { disputeId } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invoiceObligations)
      .where(eq(invoiceObligations.disputeId, disputeId))
      .for("update");
    return row ? breakInvoiceObligationInTx(tx, row, now) : false;
  });
}
