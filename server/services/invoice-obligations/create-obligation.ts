import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invoiceObligations, invoiceRequests, shops } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import {
  obligationDayInFuture,
  obligationDueAt,
  type InvoiceObligationSource,
} from "@/server/domain/invoice-obligation";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";
import type { DisputeRow } from "../disputes/dispute-access";
import { systemText } from "@/server/domain/system-text";
import { reRequest } from "../disputes/re-request";

export type InvoiceObligationRow = typeof invoiceObligations.$inferSelect;

const refuse = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

export const invoiceAlreadyIssued = () =>
  refuse(
    "INVOICE_ALREADY_ISSUED",
    "该订单的发票已开具,无需责令开票",
    "The order's invoice is already issued; there is nothing to order",
  );
export const obligationDayNotInFuture = () =>
  refuse("OBLIGATION_DATE_NOT_IN_FUTURE", "开票期限必须晚于今天", "The invoicing deadline must be after today");

/** The shop's time zone: calendar days are the shop's (as DSP-INV-1's agreed date). */
export async function shopTimeZone(tx: Tx, shopId: string): Promise<string> {
  const [shop] = await tx.select({ timeZone: shops.timeZone }).from(shops).where(eq(shops.id, shopId));
  return shop?.timeZone ?? "Asia/Shanghai";
}

/**
 * DSP-INV-3: records the obligation to issue the order's invoice by the end of `day` (shop time
 * zone), inside the caller's transaction. The invoicing party needs a live request to issue: when
 * the disputed request was refused, a fresh one with the same details is opened. One obligation
 * per dispute (a retry creates nothing). Both parties are told. An order whose invoice is already
 * issued has nothing to oblige: `null` (the judge's verb refuses that case before calling).
 */
export async function createInvoiceObligation(
  tx: Tx,
  args: { dispute: DisputeRow; source: InvoiceObligationSource; day: string; by: Acting; now: Date },
): Promise<InvoiceObligationRow | null> {
  const { dispute, source, day, by, now } = args;
  const timeZone = await shopTimeZone(tx, dispute.shopId);
  const [live] = await tx
    .select()
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.orderId, dispute.orderId), ne(invoiceRequests.status, "refused")))
    .for("update");
  if (live?.status === "issued") return null;
  const message = systemText("invoiceReissuedForDeadline");
  const request = live ?? (await reRequest(tx, { dispute, by, now, message }));
  const [row] = await tx
    .insert(invoiceObligations)
    .values({
      shopId: dispute.shopId,
      orderId: dispute.orderId,
      consumerId: dispute.consumerId,
      invoiceRequestId: request.id,
      disputeId: dispute.id,
      source,
      invoicingParty: request.invoicingParty,
      status: "open",
      dueDay: day,
      dueAt: obligationDueAt(day, timeZone),
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  await emitAudit(tx, {
    shopId: row.shopId,
    recordType: "invoice",
    recordId: request.id,
    by,
    action: "invoice.obligation_created",
    payload: { source, dueDay: day, dueAt: row.dueAt.toISOString(), disputeId: dispute.id },
    at: now,
  });
  const told = {
    kind: "dispute.invoice_due",
    params: { dueDay: day, source },
    record: { type: "dispute" as const, id: dispute.id },
    now,
  };
  await notify(tx, { ...told, to: { consumerId: row.consumerId } });
  if (row.invoicingParty === "merchant") await notify(tx, { ...told, to: { shopId: row.shopId } });
  return row;
}

/** Validates a judge's or merchant's day: after today in the shop's zone. */
export async function assertObligationDay(tx: Tx, shopId: string, day: string, now: Date): Promise<void> {
  if (!obligationDayInFuture(day, await shopTimeZone(tx, shopId), now)) throw obligationDayNotInFuture();
}
