import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { invoiceObligationSourceEnum, invoiceObligationStatusEnum, invoicingPartyEnum } from "./enums";
import { disputes } from "./disputes";
import { invoiceRequests } from "./invoices";
import { orderScoped } from "./columns";

/**
 * DSP-INV-3: an obligation to issue the order's invoice by a date — ordered by a judgment or
 * agreed as a settlement (另行约定开票日期). One per dispute. The sweeper watches `due_at` while
 * it is open; issuing any invoice on the order before then fulfils it.
 */
export const invoiceObligations = pgTable(
  "invoice_obligations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...orderScoped(),
    /** The live request the invoicing party issues (a fresh one when the disputed one was refused). */
    invoiceRequestId: uuid("invoice_request_id")
      .notNull()
      .references(() => invoiceRequests.id),
    disputeId: uuid("dispute_id")
      .notNull()
      .references(() => disputes.id),
    source: invoiceObligationSourceEnum("source").notNull(),
    /** SHOP-1: who must issue — a broken obligation is the shop's violation only when it is the merchant's. */
    invoicingParty: invoicingPartyEnum("invoicing_party").notNull(),
    status: invoiceObligationStatusEnum("status").notNull(),
    /** The calendar day chosen (YYYY-MM-DD, shop time zone); due_at is the end of that day. */
    dueDay: text("due_day").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** When it was fulfilled or broken. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    invoiceNo: text("invoice_no"),
  },
  (t) => [
    uniqueIndex("invoice_obligations_dispute_uq").on(t.disputeId),
    // The sweeper: open obligations by deadline.
    index("invoice_obligations_due_idx")
      .on(t.dueAt, t.id)
      .where(sql`${t.status} = 'open'`),
    index("invoice_obligations_order_idx").on(t.orderId),
  ],
);
