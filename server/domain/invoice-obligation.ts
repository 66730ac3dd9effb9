import { startOfDayInZone } from "./time";

/**
 * DSP-INV-3: an obligation to issue the invoice by a date, ordered by a judgment against the
 * invoicing party or agreed as a settlement plan (另行约定开票日期).
 *
 * open      — waiting for the invoice (due_at = the end of the chosen day in the shop's zone)
 * fulfilled — an invoice on the order was issued before due_at
 * broken    — due_at passed without an issued invoice (a violation ticket for an SOP shop)
 */
export const invoiceObligationSources = ["judgment", "settlement"] as const;
export type InvoiceObligationSource = (typeof invoiceObligationSources)[number];

export const invoiceObligationStatuses = ["open", "fulfilled", "broken"] as const;
export type InvoiceObligationStatus = (typeof invoiceObligationStatuses)[number];

/** The calendar day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** "Issue by day D": the deadline is the end of D in the shop's time zone (the start of D+1). */
export function obligationDueAt(day: string, timeZone: string): Date {
  return startOfDayInZone(nextDay(day), timeZone);
}

/** The day must be after today in the shop's zone (it starts strictly after now), as DSP-INV-1's agreed date. */
export function obligationDayInFuture(day: string, timeZone: string, now: Date): boolean {
  return startOfDayInZone(day, timeZone).getTime() > now.getTime();
}
